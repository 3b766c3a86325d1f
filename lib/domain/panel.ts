import { duplicates, reason, type Reason } from "./decision";
import type { SeatRequirements } from "./levels";
import { chairConfirmationReasons, seatEligibilityReasons, type SeatHolder } from "./seat-eligibility";
import { DISCIPLINES, DISCIPLINE_LABELS, type Discipline } from "./vocabulary";

/**
 * One seat on a review's panel; `name` only makes messages friendlier. `chairConfirmed`: a
 * manager or admin confirmed this chair seat (levels that require it).
 */
export type Seat = {
  userId: string;
  discipline: Discipline;
  isChair: boolean;
  name?: string;
  chairConfirmed?: boolean;
};

const who = (s: Pick<Seat, "userId" | "name">) => s.name?.trim() || s.userId;
const article = (word: string) => (/^[aeiou]/i.test(word) ? "an" : "a");

/**
 * Panel rules of a level-N review, all reported at once: each required discipline held as often
 * as required; nobody from the project on the panel; exactly one chair; nobody seated twice;
 * with `holders`, every seat held by an eligible person; with `chairConfirmation`, a confirmed chair.
 */
export function panelReasons(input: {
  level: number;
  required: SeatRequirements;
  seats: readonly Seat[];
  memberUserIds: readonly string[];
  /** The seated people as they are now; the live editor may omit them (it filters candidates). */
  holders?: readonly SeatHolder[];
  chairConfirmation?: boolean;
}): Reason[] {
  const { level, required, seats, memberUserIds } = input;
  const out: Reason[] = [];
  if (input.holders) out.push(...seatEligibilityReasons(seats, input.holders));
  for (const d of DISCIPLINES) {
    const need = required[d] ?? 0;
    const held = seats.filter((s) => s.discipline === d).length;
    if (held >= need) continue;
    const label = DISCIPLINE_LABELS[d];
    out.push(
      reason(
        "panel_missing_discipline",
        held === 0 && need === 1
          ? `The panel has no seat for ${article(label)} ${label}, which level ${level} requires.`
          : `The panel has ${held} ${label} seat${held === 1 ? "" : "s"}; level ${level} requires ${need}.`,
        `seats.${d}`,
      ),
    );
  }
  /** Conflict of interest: the people who built it do not judge it. */
  const members = new Set(memberUserIds);
  for (const s of seats.filter((x) => members.has(x.userId))) {
    out.push(
      reason(
        "panel_conflict_of_interest",
        `${who(s)} is an owner or contributor of this project and cannot sit on its panel.`,
        "seats",
      ),
    );
  }
  const chairs = seats.filter((s) => s.isChair).length;
  if (chairs !== 1) {
    out.push(
      reason(
        "panel_chair_count",
        chairs === 0
          ? "The panel has no chair; exactly one seat must be the chair."
          : `The panel has ${chairs} chairs; exactly one seat must be the chair.`,
        "seats",
      ),
    );
  }
  for (const userId of duplicates(seats.map((s) => s.userId))) {
    const seat = seats.find((s) => s.userId === userId);
    out.push(
      reason(
        "panel_user_seated_twice",
        `${seat ? who(seat) : userId} holds more than one seat; each person holds one seat.`,
        "seats",
      ),
    );
  }
  if (chairs === 1) out.push(...chairConfirmationReasons({ level, required: input.chairConfirmation === true, seats }));
  return out;
}

/** The chair after one seat of the panel editor changed hands or was removed, and what to tell the author. */
export type ChairFollow = { chair: string; note: string | null };

/**
 * The editor keeps the chair as a person; when the person in the chair's seat changes (say a
 * conflicting member is replaced) the chair would silently point at nobody. Instead the chair
 * follows its seat and the author is told; a removed or emptied chair seat leaves no chair, said
 * out loud so the author chooses again. `seats` are the seats after the change; `previousUserId`
 * is who held seat `index` before it (null when the seat was removed).
 */
export function chairAfterSeatChange(input: {
  chair: string;
  index: number;
  previousUserId: string;
  seats: readonly { userId: string; name?: string }[];
  removed?: boolean;
}): ChairFollow {
  const { chair, index, previousUserId, seats } = input;
  if (chair === "" || chair !== previousUserId) return { chair, note: null };
  const seatNo = index + 1;
  if (input.removed) return { chair: "", note: `The chair's seat ${seatNo} was removed; choose who chairs the panel.` };
  const now = seats[index];
  if (!now || now.userId === "")
    return { chair: "", note: `Seat ${seatNo} held the chair and is now empty; choose who chairs the panel.` };
  if (now.userId === previousUserId) return { chair, note: null };
  return {
    chair: now.userId,
    note: `Seat ${seatNo} stays the chair, now held by ${now.name?.trim() || "the person you chose"}; choose another chair if that is not what you want.`,
  };
}
