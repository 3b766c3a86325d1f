import { createTwoFilesPatch } from "diff";
import type { CardSection } from "./card-format";
import { usageError } from "./errors";

/** The card as `GET /projects/{slug}/card` sends it (docs/api.md). */
export type ApiCard = { project: string; revision: number; level: number | null; sections: CardSection[] };

export type SectionChange = { key: string; title: string; body: string };

/**
 * The sections whose body in the file differs from the revision the file was pulled at. Only these
 * are sent, so a file pushed without edits sends nothing. A section missing from the file is left
 * alone (deleting a block does not empty the section); a key the card does not have is refused.
 */
export function changedSections(fileSections: CardSection[], base: CardSection[]): SectionChange[] {
  const byKey = new Map(base.map((section) => [section.key, section]));
  const unknown = fileSections.filter((section) => !byKey.has(section.key)).map((section) => section.key);
  if (unknown.length > 0) {
    throw usageError(`The card has no section ${unknown.map((key) => `"${key}"`).join(", ")}.`, [
      `Its sections are: ${base.map((section) => section.key).join(", ")}.`,
    ]);
  }
  return fileSections
    .filter((section) => byKey.get(section.key)!.body !== section.body)
    .map((section) => ({ key: section.key, title: byKey.get(section.key)!.title, body: section.body }));
}

/** The sections of the card the file does not mention (reported, never changed). */
export function missingSections(fileSections: CardSection[], base: CardSection[]): string[] {
  const present = new Set(fileSections.map((section) => section.key));
  return base.filter((section) => !present.has(section.key)).map((section) => section.key);
}

/** A unified diff of one section's text, `from` → `to`, with the section's key as the file name. */
export function sectionPatch({ key, from, to, fromLabel, toLabel }: SectionPatchInput): string {
  const patch = createTwoFilesPatch(key, key, ensureNewline(from), ensureNewline(to), fromLabel, toLabel);
  // Drop the "=====" banner line createTwoFilesPatch starts with; the ---/+++ lines name both sides.
  return patch.replace(/^=+\n/, "");
}

type SectionPatchInput = { key: string; from: string; to: string; fromLabel: string; toLabel: string };

function ensureNewline(text: string): string {
  return text === "" || text.endsWith("\n") ? text : `${text}\n`;
}
