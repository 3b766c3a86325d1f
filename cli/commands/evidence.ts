import { readFile } from "node:fs/promises";
import path from "node:path";
import { resolveCredentials } from "../config";
import { usageError } from "../errors";
import { buildEvidenceBody, type EvidenceFlags } from "../evidence-input";
import { createApi } from "../http";
import { line, type Io } from "../io";

async function readJson(io: Io, file: string): Promise<unknown> {
  let text: string;
  try {
    text = file === "-" ? await io.readStdin() : await readFile(path.resolve(io.cwd, file), "utf8");
  } catch {
    throw usageError(`Cannot read ${file}.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw usageError(`${file} is not JSON.`, [error instanceof Error ? error.message : String(error)]);
  }
}

/** Posts one run's result to a requirement or a gate criterion (docs/api.md, "Evidence from CI"). */
export async function evidenceAdd(io: Io, project: string, options: EvidenceFlags & { file?: string }) {
  const file = options.file ? await readJson(io, options.file) : undefined;
  const body = buildEvidenceBody({ env: io.env, file, flags: options });
  const api = createApi(await resolveCredentials(io.env), io.fetch);
  const { body: result } = await api<{ id: string; requirementStatus: string | null }>(
    `/projects/${encodeURIComponent(project)}/evidence`,
    { method: "POST", body },
  );
  const target = body.target.kind === "requirement" ? body.target.id : `${body.target.level}:${body.target.key}`;
  const status = result.requirementStatus ? `; ${target} is now ${result.requirementStatus}` : "";
  line(io.out, `Recorded evidence ${result.id} for ${target}${status}.`);
}
