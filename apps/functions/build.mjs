// Placeholder until the handlers exist.
