/** Entry of the fresh process `benchRulesBundled` runs: the rules benchmark, its result as JSON on stdout. */
import { benchRules } from './benchRules.js';

process.stdout.write(JSON.stringify(benchRules()));
