/**
 * Lets command-line scripts import DAL modules: "server-only" throws outside Next's server build,
 * so scripts/bench resolves it to this empty module (vitest's db config does the same).
 */
export {};
