// Vitest runs outside React's server environment, where the real `server-only`
// package throws on import. The modules under test are server code, so the
// guard is replaced by this empty module in tests only.
export {};
