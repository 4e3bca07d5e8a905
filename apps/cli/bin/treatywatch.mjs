#!/usr/bin/env node
// Entry point linked by npm; the CLI itself is bundled into dist/ by `npm run build`.
import '../dist/treatywatch.mjs';
