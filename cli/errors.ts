import { EXIT, exitCodeForStatus, type ExitCode } from "./exit-codes";

/** An RFC 9457 problem as the API sends it (docs/api.md); every member is optional on the wire. */
export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  reasons?: string[];
  errors?: { path?: string; message?: string }[];
  currentRevision?: number;
  diff?: { key: string; title?: string; yours?: string; theirs?: string }[];
  /** A card write refused because it would reset current votes: who would vote again. */
  voteResets?: string[];
};

/** A failure the client reports in words and ends with `exitCode`; nothing else reaches the user. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  readonly details: string[];

  constructor(message: string, exitCode: ExitCode, details: string[] = []) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
    this.details = details;
  }
}

/** The server refused a request: carries the problem details so commands can show more (412's diff). */
export class ApiError extends CliError {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.title ?? `The server answered ${status}`, exitCodeForStatus(status), problemLines(problem));
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }
}

/** The lines printed under a problem's title: its detail, the refusal reasons, the field errors. */
export function problemLines(problem: Problem): string[] {
  const lines: string[] = [];
  if (problem.detail) lines.push(problem.detail);
  // The server repeats a lone refusal's detail as its reason, and a field error as "path: message"
  // among the reasons: each is printed once.
  const errors = problem.errors ?? [];
  if (errors.length === 0)
    for (const reason of problem.reasons ?? []) if (reason !== problem.detail) lines.push(`- ${reason}`);
  for (const error of errors) lines.push(`- ${error.path ? `${error.path}: ` : ""}${error.message ?? "invalid"}`);
  return lines;
}

export function usageError(message: string, details: string[] = []): CliError {
  return new CliError(message, EXIT.usage, details);
}
