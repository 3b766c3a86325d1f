import { resolveCredentials } from "../config";
import { EXIT, type ExitCode } from "../exit-codes";
import { createApi } from "../http";
import { line, type Io } from "../io";

export type CheckResult = {
  ok: boolean;
  level: number | null;
  problems: { kind: string; message: string }[];
};

/** Prints what GET /check found and returns 1 when it found anything, so CI can gate on it. */
export async function check(io: Io, project: string, options: { json?: boolean }): Promise<ExitCode> {
  const api = createApi(await resolveCredentials(io.env), io.fetch);
  const { body } = await api<CheckResult>(`/projects/${encodeURIComponent(project)}/check`);
  const ok = body.ok && body.problems.length === 0;
  if (options.json) {
    line(io.out, JSON.stringify(body, null, 2));
  } else if (ok) {
    line(io.out, `${project} at level ${body.level ?? "none"}: no problems.`);
  } else {
    const count = body.problems.length;
    line(io.out, `${project} at level ${body.level ?? "none"}: ${count} problem${count === 1 ? "" : "s"}.`);
    for (const problem of body.problems) line(io.out, `- [${problem.kind}] ${problem.message}`);
  }
  return ok ? EXIT.ok : EXIT.problems;
}
