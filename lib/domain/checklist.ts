import { duplicates, hasText, reason, type Reason } from "./decision";
import type { GateCriterion } from "./levels";
import { CARD_SECTION_LABELS, type CardSection, type CriterionState } from "./vocabulary";

/** A review's answer to one gate criterion (GateCriterionCheck); evidence is a link or a note. */
export type CriterionEntry = {
  key: string;
  state: CriterionState;
  evidenceUrl?: string | null;
  note?: string | null;
  /** Either of the two above, for callers that keep one evidence field. */
  evidence?: string | null;
  naReason?: string | null;
};

const hasEvidence = (e: CriterionEntry) => hasText(e.evidenceUrl) || hasText(e.note) || hasText(e.evidence);

/**
 * Every criterion of the level is addressed: done with evidence, or not applicable with a reason.
 * Entries for keys the level does not define are refused so a stale checklist cannot pass.
 */
export function criteriaReasons(
  level: number,
  defined: readonly GateCriterion[],
  entries: readonly CriterionEntry[],
): Reason[] {
  const out: Reason[] = [];
  const known = new Set(defined.map((c) => c.key));
  for (const c of defined) {
    const e = entries.find((x) => x.key === c.key);
    const field = `criteria.${c.key}`;
    if (!e || e.state === "pending") {
      out.push(reason("criterion_not_addressed", `The criterion "${c.label}" is not addressed yet.`, field));
    } else if (e.state === "done" && !hasEvidence(e)) {
      out.push(
        reason(
          "criterion_evidence_missing",
          `The criterion "${c.label}" is marked done without an evidence link or note.`,
          field,
        ),
      );
    } else if (e.state === "not_applicable" && !hasText(e.naReason)) {
      out.push(
        reason(
          "criterion_na_reason_missing",
          `The criterion "${c.label}" is marked not applicable without a reason.`,
          field,
        ),
      );
    }
  }
  for (const key of duplicates(entries.map((e) => e.key))) {
    out.push(reason("criterion_duplicate", `The criterion "${key}" is answered more than once.`, `criteria.${key}`));
  }
  for (const e of entries.filter((x) => !known.has(x.key))) {
    out.push(reason("criterion_unknown", `"${e.key}" is not a gate criterion of level ${level}.`, `criteria.${e.key}`));
  }
  return out;
}

/** The card sections the level requires must be filled before its review can open. */
export function cardSectionReasons(
  level: number,
  required: readonly CardSection[],
  filled: readonly CardSection[],
): Reason[] {
  return required
    .filter((s) => !filled.includes(s))
    .map((s) =>
      reason(
        "card_section_empty",
        `The TRL Card section "${CARD_SECTION_LABELS[s]}" must be filled before a level ${level} review can open.`,
        `card.${s}`,
      ),
    );
}
