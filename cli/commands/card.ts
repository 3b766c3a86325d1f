import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { formatCard, parseCard, withRevision } from "../card-format";
import { changedSections, missingSections, sectionPatch, type ApiCard } from "../card-sync";
import { normaliseServer, resolveCredentials } from "../config";
import { ApiError, usageError } from "../errors";
import { createApi, type Api } from "../http";
import { line, type Io } from "../io";

const enc = encodeURIComponent;

export function defaultCardFile(project: string): string {
  return `${project}.card.md`;
}

async function getCard(api: Api, project: string, revision?: number): Promise<ApiCard> {
  const query = revision === undefined ? "" : `?revision=${revision}`;
  const { body } = await api<ApiCard>(`/projects/${enc(project)}/card${query}`);
  return body;
}

/**
 * Pulling over a card file must not lose edits that were never pushed: the existing file is
 * compared with the revision it names, and only overwritten when it holds none (or with --force).
 */
async function assertNoUnpushedEdits(api: Api, file: string, project: string): Promise<void> {
  let existing: string;
  try {
    existing = await readFile(file, "utf8");
  } catch {
    return;
  }
  const refuse = (why: string) =>
    usageError(`Not overwriting ${path.basename(file)}: ${why}`, [
      "Push it first, pull to another --out, or pass --force.",
    ]);
  let card;
  try {
    card = parseCard(existing);
  } catch {
    throw refuse("it is not a card file.");
  }
  if (card.project !== project) throw refuse(`it is the card of ${card.project}.`);
  const changes = changedSections(card.sections, (await getCard(api, project, card.revision)).sections);
  if (changes.length > 0) throw refuse(`it has unpushed edits in ${changes.map((c) => c.key).join(", ")}.`);
}

export async function cardPull(
  io: Io,
  project: string,
  options: { out?: string; revision?: number; force?: boolean },
): Promise<void> {
  const credentials = await resolveCredentials(io.env);
  const api = createApi(credentials, io.fetch);
  const card = await getCard(api, project, options.revision);
  const text = formatCard({ ...card, project: card.project ?? project, server: credentials.server });
  if (options.out === "-") {
    io.out(text);
    return;
  }
  const file = path.resolve(io.cwd, options.out ?? defaultCardFile(project));
  if (!options.force) await assertNoUnpushedEdits(api, file, project);
  await writeFile(file, text);
  line(
    io.out,
    `Wrote ${path.relative(io.cwd, file) || file}: ${project} revision ${card.revision}, level ${card.level ?? "none"}.`,
  );
}

/** Without a file argument, the one `*.card.md` in the working folder. */
async function findCardFile(io: Io, file?: string): Promise<string> {
  if (file) return path.resolve(io.cwd, file);
  const candidates = (await readdir(io.cwd)).filter((name) => name.endsWith(".card.md"));
  if (candidates.length !== 1) {
    throw usageError("Which card file?", [
      candidates.length === 0 ? "No *.card.md file here." : `Several here: ${candidates.join(", ")}.`,
    ]);
  }
  return path.join(io.cwd, candidates[0]!);
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch {
    throw usageError(`Cannot read ${file}.`);
  }
}

/**
 * Sends the sections the file changed since its revision, one PUT each with If-Match on the
 * revision the previous write produced; the server refuses with 412 and its diff when anyone else
 * wrote in between, and nothing of theirs is overwritten. The file's revision follows each success.
 */
export async function cardPush(
  io: Io,
  fileArg: string | undefined,
  options: { dryRun?: boolean; acceptVoteResets?: number },
): Promise<void> {
  const file = await findCardFile(io, fileArg);
  const text = await readText(file);
  const card = parseCard(text);
  const credentials = await resolveCredentials(io.env);
  if (normaliseServer(card.server) !== credentials.server) {
    throw usageError(`The file was pulled from ${card.server}, but you are logged in to ${credentials.server}.`);
  }
  const api = createApi(credentials, io.fetch);
  const base = await getCard(api, card.project, card.revision);
  const changes = changedSections(card.sections, base.sections);
  for (const key of missingSections(card.sections, base.sections)) {
    line(io.err, `Note: the file has no block for section "${key}"; it is left as it is.`);
  }
  if (changes.length === 0) {
    line(io.out, `No changes since revision ${card.revision}; nothing sent.`);
    return;
  }
  if (options.dryRun) {
    for (const change of changes) {
      const from = base.sections.find((section) => section.key === change.key)?.body ?? "";
      const label = `revision ${card.revision}`;
      io.out(sectionPatch({ key: change.key, from, to: change.body, fromLabel: label, toLabel: "your file" }));
    }
    line(io.out, `Would change ${changes.length} section(s); nothing sent (--dry-run).`);
    return;
  }
  let revision = card.revision;
  const saveRevision = async () => {
    if (revision !== card.revision) await writeFile(file, withRevision(text, revision));
  };
  for (const change of changes) {
    try {
      const url = `/projects/${enc(card.project)}/card/sections/${enc(change.key)}`;
      const { body } = await api<{ revision: number; changed: boolean }>(url, {
        method: "PUT",
        ifMatch: revision,
        body: {
          body: change.body,
          ...(options.acceptVoteResets === undefined ? {} : { acknowledgedVoteResets: options.acceptVoteResets }),
        },
      });
      revision = body.revision;
      line(io.out, `${body.changed ? "Saved" : "Unchanged"}: ${change.title} (revision ${revision}).`);
    } catch (error) {
      await saveRevision();
      if (error instanceof ApiError && error.status === 412) printConflict(io, error, revision);
      if (error instanceof ApiError && error.problem.voteResets) printVoteResets(io, error.problem.voteResets);
      throw error;
    }
  }
  await saveRevision();
  line(io.out, `Pushed ${changes.length} section(s); ${path.basename(file)} is now at revision ${revision}.`);
}

function printConflict(io: Io, error: ApiError, revision: number): void {
  const current = error.problem.currentRevision;
  line(io.err, `The card moved: your file is at revision ${revision}, the card at ${current ?? "a newer one"}.`);
  for (const entry of error.problem.diff ?? []) {
    io.err(
      sectionPatch({
        key: entry.key,
        from: entry.theirs ?? "",
        to: entry.yours ?? "",
        fromLabel: `current card${current === undefined ? "" : ` (revision ${current})`}`,
        toLabel: "your file",
      }),
    );
  }
  line(io.err, "Pull the card to another file, carry your edits over, and push that file.");
}

/**
 * An open review would be re-pinned: the server names who would vote again. The push confirms a
 * count, as the browser's "This resets N current votes" does, so a vote cast after reading this
 * is never reset without a new confirmation.
 */
function printVoteResets(io: Io, voters: string[]): void {
  const n = voters.length;
  line(
    io.err,
    `Not saved: this would reset ${n} current ${n === 1 ? "vote" : "votes"} of the open review (${voters.join(", ")}).`,
  );
  line(io.err, `If they may vote again, push with --accept-vote-resets ${n}.`);
}
