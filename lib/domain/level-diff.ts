import type { GateCriterion, LevelDefinition, LevelDefinitions } from "./levels";
import { CARD_SECTION_LABELS, DISCIPLINES, DISCIPLINE_LABELS, type CardSection } from "./vocabulary";

/**
 * What changed between two versions of the level definitions, level by level. Criteria are
 * matched by key (keys are stable across versions), so a reworded label is a change, not a
 * removal and an addition.
 */
export type LevelChange = {
  level: number;
  name: string;
  criteria: {
    added: GateCriterion[];
    removed: GateCriterion[];
    changed: { key: string; from: string; to: string }[];
  };
  /** Seat minimums that differ, e.g. "software engineer: 1 → 2"; 0 means not required. */
  seats: { discipline: string; from: number; to: number }[];
  sections: { added: string[]; removed: string[] };
  settings: { setting: string; from: string; to: string }[];
};

const sectionLabel = (s: CardSection) => CARD_SECTION_LABELS[s];
const yesNo = (b: boolean) => (b ? "required" : "not required");

function levelChange(a: LevelDefinition, b: LevelDefinition): LevelChange | null {
  const before = new Map(a.criteria.map((c) => [c.key, c]));
  const after = new Map(b.criteria.map((c) => [c.key, c]));
  const criteria = {
    added: b.criteria.filter((c) => !before.has(c.key)),
    removed: a.criteria.filter((c) => !after.has(c.key)),
    changed: b.criteria
      .filter((c) => before.has(c.key) && before.get(c.key)!.label !== c.label)
      .map((c) => ({ key: c.key, from: before.get(c.key)!.label, to: c.label })),
  };
  const seats = DISCIPLINES.map((d) => ({
    discipline: DISCIPLINE_LABELS[d],
    from: a.seats[d] ?? 0,
    to: b.seats[d] ?? 0,
  })).filter((s) => s.from !== s.to);
  const sections = {
    added: b.cardSections.filter((s) => !a.cardSections.includes(s)).map(sectionLabel),
    removed: a.cardSections.filter((s) => !b.cardSections.includes(s)).map(sectionLabel),
  };
  const settings: LevelChange["settings"] = [];
  if (a.chairConfirmation !== b.chairConfirmation) {
    settings.push({ setting: "Chair confirmation", from: yesNo(a.chairConfirmation), to: yesNo(b.chairConfirmation) });
  }
  if (a.overdueDays !== b.overdueDays) {
    settings.push({ setting: "Overdue days", from: String(a.overdueDays), to: String(b.overdueDays) });
  }
  if (a.keyDecision !== b.keyDecision) {
    settings.push({ setting: "Key decision", from: a.keyDecision ?? "none", to: b.keyDecision ?? "none" });
  }
  if (a.name !== b.name) settings.push({ setting: "Name", from: a.name, to: b.name });
  const count =
    criteria.added.length +
    criteria.removed.length +
    criteria.changed.length +
    seats.length +
    sections.added.length +
    sections.removed.length +
    settings.length;
  return count === 0 ? null : { level: b.level, name: b.name, criteria, seats, sections, settings };
}

/** The levels that differ from `from` to `to`, in level order; empty when the versions agree. */
export function diffLevelDefinitions(from: LevelDefinitions, to: LevelDefinitions): LevelChange[] {
  const out: LevelChange[] = [];
  for (const b of [...to.levels].sort((x, y) => x.level - y.level)) {
    const a = from.levels.find((d) => d.level === b.level);
    const change = a ? levelChange(a, b) : null;
    if (change) out.push(change);
  }
  return out;
}
