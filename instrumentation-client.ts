import { config } from "zod/v4/core";

/**
 * Runs in the browser before the app starts (Next's instrumentation-client hook).
 *
 * zod compiles object parsers with `new Function` when it can, and finds out whether it can by
 * trying once. Under the Content-Security-Policy (no 'unsafe-eval', lib/security-headers.ts) that
 * try is refused and reported as a violation on every page with a form; zod would fall back
 * anyway. Telling it up front keeps the browser from ever attempting eval. The server keeps the
 * compiled parsers.
 */
config({ jitless: true });
