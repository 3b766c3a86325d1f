/**
 * The client's exit codes, documented in docs/api.md ("Exit codes"). A CI step branches on them, so
 * they are part of the client's contract: change one and the documentation and its test together.
 */
export const EXIT = {
  ok: 0,
  /** `mltrl check` found problems (or `evidence add` reported a run that missed its target). */
  problems: 1,
  /** Bad arguments, an unreadable or malformed file, or input the server refused as invalid (422). */
  usage: 2,
  /** No token, or the server refused it (401), or the token may not do this (403). */
  auth: 3,
  /** The card moved since the pull (412) or another conflict (409). */
  conflict: 4,
  /** Anything else: unknown project (404), rate limited (429), server error, network failure. */
  failure: 5,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Maps an HTTP status of a refused request to the exit code a script sees. */
export function exitCodeForStatus(status: number): ExitCode {
  if (status === 401 || status === 403) return EXIT.auth;
  if (status === 409 || status === 412) return EXIT.conflict;
  if (status === 400 || status === 422) return EXIT.usage;
  return EXIT.failure;
}
