import { diffLines } from "diff";
import { STORED_CARD_SECTIONS, emptyCardContent, type CardContent } from "./card-content";
import { accept, reason, refuse, type Decision } from "./decision";

/**
 * Editing, merging and comparing TRL Card revisions, section by section. Pure: the DAL passes the
 * revisions in and stores what comes out.
 */

type Field = keyof CardContent;

/**
 * The sections an editor saves one at a time: the stored part of the summary block (links and
 * coupled components; the rest of the summary is derived from the project) and the stored text
 * sections, in the card's reading order. Keys are the vocabulary's CardSection names.
 */
export const EDITABLE_CARD_SECTIONS = [
  { key: "summary", title: "Summary: links and coupled components", fields: ["links", "coupledComponents"] },
  ...STORED_CARD_SECTIONS,
] as const satisfies readonly { key: string; title: string; fields: readonly Field[] }[];

export type EditableCardSection = (typeof EDITABLE_CARD_SECTIONS)[number]["key"];
export const EDITABLE_CARD_SECTION_KEYS = EDITABLE_CARD_SECTIONS.map((s) => s.key) as [
  EditableCardSection,
  ...EditableCardSection[],
];

export function sectionFields(section: EditableCardSection): readonly Field[] {
  return EDITABLE_CARD_SECTIONS.find((s) => s.key === section)?.fields ?? [];
}

export function sectionTitle(section: EditableCardSection): string {
  return EDITABLE_CARD_SECTIONS.find((s) => s.key === section)?.title ?? section;
}

/** Human names of every stored field (sub-headings in views, diffs and exports). */
export const CARD_FIELD_LABELS: Record<Field, string> = {
  tldr: "TL;DR",
  modelInfo: "Model and algorithm",
  intendedUse: "Intended uses",
  unacceptableUse: "Unacceptable uses",
  testingStatus: "Testing status",
  dataFindings: "Findings",
  dataSources: "Data sources",
  trainingConditions: "Training conditions",
  caveats: "Caveats, edge cases, biases and recommendations",
  links: "Links",
  coupledComponents: "Coupled components",
};

export type SectionValue = Partial<CardContent>;

/** The fields one section holds, copied out of a card. */
export function sectionValue(content: CardContent, section: EditableCardSection): SectionValue {
  const out: Record<string, unknown> = {};
  for (const f of sectionFields(section)) out[f] = content[f];
  return out as SectionValue;
}

/** Field order is fixed by the section, so JSON of the picked fields compares values exactly. */
function canonical(value: SectionValue, section: EditableCardSection): string {
  return JSON.stringify(sectionFields(section).map((f) => canonicalField(value[f])));
}

function canonicalField(v: CardContent[Field] | undefined): unknown {
  if (v === undefined) return null;
  if (typeof v === "string" || Array.isArray(v)) {
    return Array.isArray(v) ? v.map((d) => [d.name, d.version, d.owner, d.datasheetUrl]) : v;
  }
  return [v.code, v.project, v.requirements];
}

export function sameSection(a: SectionValue, b: SectionValue, section: EditableCardSection): boolean {
  return canonical(a, section) === canonical(b, section);
}

/** Sections whose content differs between two cards (null = the card before its first save). */
export function changedCardSections(before: CardContent | null, after: CardContent): EditableCardSection[] {
  const b = before ?? emptyCardContent;
  return EDITABLE_CARD_SECTION_KEYS.filter((s) => !sameSection(sectionValue(b, s), sectionValue(after, s), s));
}

export type CardSaveInput = {
  section: EditableCardSection;
  /** The section's fields as the editor saved them. */
  value: SectionValue;
  /** The revision the editor started from (0: the card had never been saved). */
  baseNumber: number;
  /** Content of that base revision (null when baseNumber is 0). */
  base: CardContent | null;
  /** The newest revision now (null: none yet). */
  current: { number: number; content: CardContent } | null;
};

export type CardSaveOutcome =
  | { kind: "save"; content: CardContent; changedSections: EditableCardSection[]; rebased: boolean }
  | { kind: "conflict"; currentNumber: number; theirs: SectionValue };

/**
 * The conflict rule of card saves. A save carries the revision its editor started from:
 * - base is still the newest revision: save;
 * - someone saved since, but not this section: rebase — this section on top of the newest
 *   revision, so their change to another section is kept;
 * - someone changed this same section since: conflict — nothing is written; the editor gets
 *   their version to merge and saves again with the newest revision as base.
 * Never a silent overwrite. A save that changes nothing is refused, so history holds real changes.
 */
export function decideCardSave(input: CardSaveInput): Decision<CardSaveOutcome> {
  const currentNumber = input.current?.number ?? 0;
  if (input.baseNumber > currentNumber || (input.baseNumber > 0 && input.base === null)) {
    return refuse([
      reason(
        "card_base_unknown",
        `Revision ${input.baseNumber} of this card does not exist. Reload the page and edit again.`,
      ),
    ]);
  }
  const current = input.current?.content ?? emptyCardContent;
  const base = input.base ?? emptyCardContent;
  const { section } = input;
  const theirs = sectionValue(current, section);
  if (sameSection(input.value, theirs, section)) {
    return refuse([
      reason(
        "card_unchanged",
        `Nothing to save: "${sectionTitle(section)}" already reads exactly like this in revision ${currentNumber}.`,
      ),
    ]);
  }
  const rebased = input.baseNumber !== currentNumber;
  if (rebased && !sameSection(sectionValue(base, section), theirs, section)) {
    return accept({ kind: "conflict", currentNumber, theirs });
  }
  const content = { ...current } as Record<Field, unknown>;
  for (const f of sectionFields(section)) content[f] = input.value[f];
  return accept({ kind: "save", content: content as CardContent, changedSections: [section], rebased });
}

/**
 * Restoring an old revision writes it again as a new revision. It carries the revision the user
 * was looking at, like a save: restoring over changes the user has not seen would drop them.
 */
export function decideCardRestore(input: {
  restore: { number: number; content: CardContent };
  baseNumber: number;
  current: { number: number; content: CardContent } | null;
}): Decision<{ content: CardContent; changedSections: EditableCardSection[] }> {
  const currentNumber = input.current?.number ?? 0;
  if (input.baseNumber !== currentNumber) {
    return refuse([
      reason(
        "card_changed_meanwhile",
        `The card changed while you were looking at it (now revision ${currentNumber}). Check the newest revision, then restore again.`,
      ),
    ]);
  }
  if (input.restore.number >= currentNumber) {
    return refuse([
      reason(
        "card_restore_current",
        `Revision ${input.restore.number} is the newest revision; only an earlier one can be restored.`,
      ),
    ]);
  }
  const changedSections = changedCardSections(input.current?.content ?? null, input.restore.content);
  if (changedSections.length === 0) {
    return refuse([
      reason(
        "card_unchanged",
        `Revision ${currentNumber} already reads exactly like revision ${input.restore.number}.`,
      ),
    ]);
  }
  return accept({ content: input.restore.content, changedSections });
}

// ---------------------------------------------------------------------------------------------
// Side-by-side text diff

/** The text of one field as the diff (and the Markdown export) shows it. */
export function fieldText(content: CardContent, field: Field): string {
  const v = content[field];
  if (typeof v === "string") return v;
  if (Array.isArray(v))
    return v.map((d) => [d.name, d.version, d.owner, d.datasheetUrl].map((x) => x || "—").join(" · ")).join("\n");
  return [`Code: ${v.code || "—"}`, `Project page: ${v.project || "—"}`, `Requirements: ${v.requirements || "—"}`].join(
    "\n",
  );
}

export type DiffCellKind = "same" | "removed" | "added" | "empty";
export type DiffCell = { text: string; kind: DiffCellKind };
export type DiffRow = { left: DiffCell; right: DiffCell };

const lines = (value: string): string[] => {
  const out = value.split("\n");
  if (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
};

const EMPTY: DiffCell = { text: "", kind: "empty" };

/**
 * Line diff of two texts as rows of a two-column table: unchanged lines side by side, a removed
 * block next to the added block that replaced it, and blank cells where one side has no line.
 */
export function sideBySide(before: string, after: string): DiffRow[] {
  // A last line without "\n" would differ from the same line with one: end both texts alike.
  const norm = (s: string) => {
    const t = s.replace(/\r\n?/g, "\n");
    return t === "" || t.endsWith("\n") ? t : `${t}\n`;
  };
  const changes = diffLines(norm(before), norm(after));
  const rows: DiffRow[] = [];
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    if (!c.added && !c.removed) {
      for (const l of lines(c.value)) rows.push({ left: { text: l, kind: "same" }, right: { text: l, kind: "same" } });
      continue;
    }
    const next = changes[i + 1];
    const removed = c.removed ? lines(c.value) : [];
    const added = c.added ? lines(c.value) : c.removed && next?.added ? lines(next.value) : [];
    if (c.removed && next?.added) i++;
    for (let j = 0; j < Math.max(removed.length, added.length); j++) {
      const l = removed[j];
      const r = added[j];
      rows.push({
        left: l === undefined ? EMPTY : { text: l, kind: "removed" },
        right: r === undefined ? EMPTY : { text: r, kind: "added" },
      });
    }
  }
  return rows;
}

export type SectionDiff = {
  section: EditableCardSection;
  title: string;
  changed: boolean;
  fields: { field: Field; label: string; changed: boolean; rows: DiffRow[] }[];
};

/** Every editable section of two revisions, field by field, with its side-by-side rows. */
export function cardDiff(before: CardContent, after: CardContent): SectionDiff[] {
  return EDITABLE_CARD_SECTIONS.map((s) => {
    const fields = s.fields.map((f) => {
      const a = fieldText(before, f);
      const b = fieldText(after, f);
      return { field: f, label: CARD_FIELD_LABELS[f], changed: a !== b, rows: sideBySide(a, b) };
    });
    return { section: s.key, title: s.title, changed: fields.some((f) => f.changed), fields };
  });
}
