import { parseDocument, stringify } from "yaml";
import { usageError } from "./errors";

/**
 * The TRL Card as a Markdown file (docs/api.md, "Card as code"): YAML front matter, then one block
 * per section, each opened by a marker line and a `## Title` heading:
 *
 *     ---
 *     project: fraud-model
 *     revision: 7
 *     level: 4
 *     server: https://mltrl.example.com
 *     ---
 *
 *     <!-- mltrl:section key="summary" -->
 *     ## Summary
 *
 *     The section's Markdown…
 *
 * Only marker lines split sections, so a body may hold `## ` headings, `---` lines or anything else.
 * A body line that starts with the marker prefix (after any backslashes) gets one more backslash on
 * the way out and loses one on the way in, which keeps format → parse the identity.
 */
export type CardFile = {
  project: string;
  revision: number;
  level: number | null;
  server: string;
  sections: CardSection[];
};

export type CardSection = { key: string; title: string; body: string };

const MARKER_LINE = /^<!-- mltrl:section key="([A-Za-z0-9_.:-]+)" -->$/;
const KEY = /^[A-Za-z0-9_.:-]+$/;
const ESCAPED = /^\\*<!-- mltrl:/;
const PREAMBLE = "<!-- Edit the section bodies; keep each mltrl:section line and the front matter. -->";

function escapeBody(body: string): string {
  return body
    .split("\n")
    .map((line) => (ESCAPED.test(line) ? `\\${line}` : line))
    .join("\n");
}

function unescapeBody(body: string): string {
  return body
    .split("\n")
    .map((line) => (line.startsWith("\\") && ESCAPED.test(line) ? line.slice(1) : line))
    .join("\n");
}

/** A title is one line in the file; the server's titles are, and anything else is folded to one. */
function oneLine(title: string): string {
  return title.replace(/[\r\n]+/g, " ");
}

export function formatCard(card: CardFile): string {
  const frontMatter = stringify(
    { project: card.project, revision: card.revision, level: card.level, server: card.server },
    { lineWidth: 0 },
  );
  const blocks = card.sections.map((section, index) => {
    if (!KEY.test(section.key)) throw usageError(`The server sent a section key the file cannot hold: ${section.key}`);
    const last = index === card.sections.length - 1;
    // Each body is framed by one blank line after its heading and one before the next marker;
    // the last body ends the file with a single newline.
    return `<!-- mltrl:section key="${section.key}" -->\n## ${oneLine(section.title)}\n\n${escapeBody(section.body)}\n${last ? "" : "\n"}`;
  });
  return `---\n${frontMatter}---\n\n${PREAMBLE}\n\n${blocks.join("")}`;
}

function readFrontMatter(text: string): { meta: Record<string, unknown>; rest: string } {
  const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n/);
  if (!match)
    throw usageError("The file has no front matter.", ["It must start with the `---` block `card pull` wrote."]);
  const doc = parseDocument(match[1] ?? "");
  if (doc.errors.length > 0) throw usageError("The front matter is not valid YAML.", [doc.errors[0]!.message]);
  const meta = doc.toJS() as unknown;
  if (!meta || typeof meta !== "object") throw usageError("The front matter must be a YAML mapping.");
  return { meta: meta as Record<string, unknown>, rest: text.slice(match[0].length) };
}

function readMeta(meta: Record<string, unknown>): Omit<CardFile, "sections"> {
  const { project, revision, level, server } = meta;
  if (typeof project !== "string" || project === "") throw usageError("The front matter lacks `project`.");
  if (typeof revision !== "number" || !Number.isInteger(revision) || revision < 0) {
    throw usageError("The front matter's `revision` must be a whole number.");
  }
  if (level !== null && level !== undefined && (typeof level !== "number" || !Number.isInteger(level))) {
    throw usageError("The front matter's `level` must be a whole number or empty.");
  }
  if (typeof server !== "string" || server === "") throw usageError("The front matter lacks `server`.");
  return { project, revision, level: typeof level === "number" ? level : null, server };
}

/** Undoes the frame formatCard puts around a body: one leading newline, two trailing (one at the end). */
function unframe(chunk: string, last: boolean): string {
  let body = chunk.startsWith("\n") ? chunk.slice(1) : chunk;
  if (!last && body.endsWith("\n\n")) body = body.slice(0, -2);
  else if (body.endsWith("\n")) body = body.slice(0, -1);
  return unescapeBody(body);
}

export function parseCard(text: string): CardFile {
  const { meta, rest } = readFrontMatter(text);
  const lines = rest.split("\n");
  const starts: { index: number; key: string }[] = [];
  lines.forEach((line, index) => {
    const match = line.match(MARKER_LINE);
    if (match) starts.push({ index, key: match[1]! });
  });
  const seen = new Set<string>();
  const sections = starts.map((start, n) => {
    if (seen.has(start.key)) throw usageError(`The section "${start.key}" appears twice in the file.`);
    seen.add(start.key);
    const heading = lines[start.index + 1];
    if (heading === undefined || !heading.startsWith("## ")) {
      throw usageError(`The marker of section "${start.key}" must be followed by its \`## Title\` line.`);
    }
    const end = starts[n + 1]?.index ?? lines.length;
    const last = n === starts.length - 1;
    // The newline that ended the line before the next marker belongs to the frame too.
    const chunk = lines.slice(start.index + 2, end).join("\n") + (last ? "" : "\n");
    return { key: start.key, title: heading.slice(3), body: unframe(chunk, last) };
  });
  return { ...readMeta(meta), sections };
}

/** Sets the file's revision after a push, leaving every other byte as the user wrote it. */
export function withRevision(text: string, revision: number): string {
  const { meta, rest } = readFrontMatter(text);
  readMeta(meta);
  const head = text.slice(0, text.length - rest.length);
  if (!/^revision:.*$/m.test(head)) throw usageError("The front matter's `revision` line could not be updated.");
  return head.replace(/^revision:.*$/m, `revision: ${revision}`) + rest;
}
