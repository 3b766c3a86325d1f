import { decide, duplicates, hasText, reason, refuse, type Decision, type Reason } from "./decision";
import {
  DEFAULT_OVERDUE_DAYS,
  MAX_OVERDUE_DAYS,
  defaultChairConfirmation,
  type LevelDefinition,
  type LevelDefinitions,
} from "./levels";
import { phaseOf } from "./system-level";
import {
  CARD_SECTIONS,
  DISCIPLINES,
  DISCIPLINE_LABELS,
  KEY_DECISION_KIND_BY_LEVEL,
  MAX_LEVEL,
  MAX_REVIEWABLE_LEVEL,
  isOneOf,
} from "./vocabulary";

export const KEY_PATTERN = /^[a-z][a-z0-9_]*$/;

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Checks a set of level definitions (default or admin-edited JSON from the DB) before it is used.
 * Admins edit criteria, seats, card sections, overdue days and chair confirmation; names, phases
 * and key decisions are MLTRL's own and fixed (the key decision points drive the chair's form).
 */
export function validateLevelDefinitions(defs: unknown): Decision<LevelDefinitions> {
  if (!isObject(defs) || !Array.isArray(defs.levels)) {
    return refuse([reason("defs_shape", "Level definitions must be an object with a list of levels.")]);
  }
  const reasons: Reason[] = [];
  if (typeof defs.version !== "number" || !Number.isInteger(defs.version) || defs.version < 1) {
    reasons.push(reason("defs_version", "The definitions version must be a positive whole number.", "version"));
  }
  const levels: unknown[] = defs.levels;
  const numbers = levels.map((l) => (isObject(l) ? l.level : undefined));
  for (let n = 0; n <= MAX_LEVEL; n++) {
    const count = numbers.filter((x) => x === n).length;
    if (count === 0) reasons.push(reason("level_missing", `Level ${n} has no definition.`, "levels"));
    if (count > 1) reasons.push(reason("level_duplicate", `Level ${n} is defined ${count} times.`, "levels"));
  }
  levels.forEach((l, i) => reasons.push(...levelReasons(l, i)));
  return decide(reasons, () => withDefaults(defs as LevelDefinitions));
}

/**
 * Fills settings added after a set was stored (older sets lack `chairConfirmation`) with their
 * defaults, so every reader sees the same shape whatever version the set was written in.
 */
function withDefaults(defs: LevelDefinitions): LevelDefinitions {
  return {
    ...defs,
    levels: defs.levels.map((d) => ({
      ...d,
      chairConfirmation:
        typeof d.chairConfirmation === "boolean" ? d.chairConfirmation : defaultChairConfirmation(d.level),
      overdueDays: typeof d.overdueDays === "number" ? d.overdueDays : DEFAULT_OVERDUE_DAYS,
    })),
  };
}

/** One level's own consistency; `index` locates it when its number is itself invalid. */
function levelReasons(raw: unknown, index: number): Reason[] {
  const at = `levels.${index}`;
  if (!isObject(raw)) return [reason("level_shape", `Entry ${index} of the levels is not an object.`, at)];
  const d = raw as Partial<LevelDefinition> & Loose;
  const n = d.level;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > MAX_LEVEL) {
    return [reason("level_number", `Entry ${index} has no level number between 0 and ${MAX_LEVEL}.`, at)];
  }
  const out: Reason[] = [];
  if (!hasText(d.name as string | undefined)) out.push(reason("level_name", `Level ${n} needs a name.`, `${at}.name`));
  if (d.phase !== phaseOf(n)) {
    out.push(
      reason("level_phase", `Level ${n} belongs to the ${phaseOf(n)} phase, not "${String(d.phase)}".`, `${at}.phase`),
    );
  }
  const expectedKey = KEY_DECISION_KIND_BY_LEVEL[n] ?? null;
  if ((d.keyDecision ?? null) !== expectedKey) {
    out.push(
      reason(
        "level_key_decision",
        expectedKey
          ? `Level ${n} must keep its key decision "${expectedKey}".`
          : `Level ${n} has no key decision point.`,
        `${at}.keyDecision`,
      ),
    );
  }
  if (d.chairConfirmation !== undefined && typeof d.chairConfirmation !== "boolean") {
    out.push(
      reason(
        "level_chair_confirmation",
        `Level ${n}'s chair confirmation setting must be true or false.`,
        `${at}.chairConfirmation`,
      ),
    );
  }
  if (
    d.overdueDays !== undefined &&
    (typeof d.overdueDays !== "number" ||
      !Number.isInteger(d.overdueDays) ||
      d.overdueDays < 1 ||
      d.overdueDays > MAX_OVERDUE_DAYS)
  ) {
    out.push(
      reason(
        "level_overdue_days",
        `Level ${n}'s overdue days must be a whole number from 1 to ${MAX_OVERDUE_DAYS}.`,
        `${at}.overdueDays`,
      ),
    );
  }
  out.push(...criteriaReasons(d.criteria, n, at));
  out.push(...seatReasons(d.seats, n, at));
  out.push(...sectionReasons(d.cardSections, n, at));
  return out;
}

function criteriaReasons(criteria: unknown, n: number, at: string): Reason[] {
  if (!Array.isArray(criteria))
    return [reason("criteria_shape", `Level ${n} needs a list of criteria.`, `${at}.criteria`)];
  const out: Reason[] = [];
  /** A gate with nothing to check would graduate on votes alone. */
  if (n <= MAX_REVIEWABLE_LEVEL && criteria.length === 0) {
    out.push(reason("criteria_empty", `Level ${n} needs at least one gate criterion.`, `${at}.criteria`));
  }
  const keys: string[] = [];
  criteria.forEach((cr: unknown, i) => {
    const f = `${at}.criteria.${i}`;
    if (!isObject(cr))
      return void out.push(reason("criterion_shape", `Criterion ${i + 1} of level ${n} is not an object.`, f));
    if (typeof cr.key !== "string" || !KEY_PATTERN.test(cr.key)) {
      out.push(reason("criterion_key", `Criterion ${i + 1} of level ${n} needs a key in snake_case.`, `${f}.key`));
    } else keys.push(cr.key);
    if (!hasText(cr.label as string | undefined)) {
      out.push(reason("criterion_label", `Criterion ${i + 1} of level ${n} needs a label.`, `${f}.label`));
    }
  });
  for (const k of duplicates(keys)) {
    out.push(
      reason("criterion_key_duplicate", `Level ${n} uses the criterion key "${k}" more than once.`, `${at}.criteria`),
    );
  }
  return out;
}

function seatReasons(seats: unknown, n: number, at: string): Reason[] {
  const f = `${at}.seats`;
  if (!isObject(seats)) return [reason("seats_shape", `Level ${n} needs its seat requirements.`, f)];
  const out: Reason[] = [];
  let total = 0;
  for (const [discipline, count] of Object.entries(seats)) {
    if (!isOneOf(DISCIPLINES, discipline)) {
      out.push(reason("seat_discipline", `Level ${n} requires an unknown discipline "${discipline}".`, f));
    } else if (typeof count !== "number" || !Number.isInteger(count) || count < 0) {
      out.push(
        reason(
          "seat_count",
          `Level ${n} needs a whole number of ${DISCIPLINE_LABELS[discipline]} seats.`,
          `${f}.${discipline}`,
        ),
      );
    } else total += count;
  }
  /** Every gate needs a panel; level 9 has no gate and therefore no panel. */
  if (n <= MAX_REVIEWABLE_LEVEL && total === 0) {
    out.push(reason("seats_empty", `Level ${n} must require at least one panel seat.`, f));
  }
  if (n > MAX_REVIEWABLE_LEVEL && total > 0) {
    out.push(reason("seats_on_last_level", `Level ${n} has no review, so it cannot require panel seats.`, f));
  }
  return out;
}

function sectionReasons(sections: unknown, n: number, at: string): Reason[] {
  const f = `${at}.cardSections`;
  if (!Array.isArray(sections)) return [reason("sections_shape", `Level ${n} needs a list of card sections.`, f)];
  const out: Reason[] = [];
  for (const s of sections) {
    if (!isOneOf(CARD_SECTIONS, s))
      out.push(reason("section_unknown", `Level ${n} requires an unknown card section "${String(s)}".`, f));
  }
  for (const s of duplicates(sections)) {
    out.push(reason("section_duplicate", `Level ${n} lists the card section "${String(s)}" more than once.`, f));
  }
  return out;
}
