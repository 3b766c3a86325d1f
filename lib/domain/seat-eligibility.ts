import { decide, reason, refuse, type Decision, type Reason } from "./decision";
import type { Seat } from "./panel";
import { can, type Actor } from "./permissions";
import { DISCIPLINE_LABELS, type Discipline, type MemberRole, type ReviewStatus, type Role } from "./vocabulary";

/**
 * Who may sit in a seat: the person must hold the seat's discipline and the reviewer role, and
 * must not be an admin (admins do not vote). Checked at every door that creates or relies on
 * seats: seating the panel, submitting the draft (a person may lose a role or discipline in
 * between), confirming the chair, and each vote.
 */

/** A seated (or to-be-seated) person as the rules need them; `active: false` = deactivated. */
export type SeatHolder = {
  userId: string;
  name?: string;
  active: boolean;
  roles: readonly Role[];
  disciplines: readonly Discipline[];
};

const who = (s: Pick<Seat, "userId" | "name">, h?: Pick<SeatHolder, "name">) =>
  h?.name?.trim() || s.name?.trim() || s.userId;

/** "Seat 2 (researcher, chair)": how refusals name a seat, as the panel editor numbers them. */
export function seatLabel(seat: Pick<Seat, "discipline" | "isChair">, index: number): string {
  return `Seat ${index + 1} (${DISCIPLINE_LABELS[seat.discipline]}${seat.isChair ? ", chair" : ""})`;
}

/** Why `holder` cannot take a seat of `discipline`; empty when they can. Codes are stable for the UI. */
export function holderReasons(holder: SeatHolder | undefined, discipline: Discipline): { code: string; why: string }[] {
  if (!holder || !holder.active) return [{ code: "seat_user_unknown", why: "does not exist or is deactivated" }];
  const out: { code: string; why: string }[] = [];
  if (holder.roles.includes("admin")) {
    out.push({ code: "seat_holder_admin", why: "is an admin, and admins do not sit on panels or vote" });
  } else if (!holder.roles.includes("reviewer")) {
    out.push({ code: "seat_holder_not_reviewer", why: "does not hold the reviewer role" });
  }
  if (!holder.disciplines.includes(discipline)) {
    const held = holder.disciplines.map((d) => DISCIPLINE_LABELS[d]).join(", ");
    out.push({
      code: "seat_discipline_not_held",
      why: `does not hold the ${DISCIPLINE_LABELS[discipline]} discipline (${held ? `holds: ${held}` : "holds no discipline"})`,
    });
  }
  return out;
}

export const isEligible = (holder: SeatHolder | undefined, discipline: Discipline) =>
  holderReasons(holder, discipline).length === 0;

/** Every ineligible seat, each reason naming the seat, the person and why. */
export function seatEligibilityReasons(seats: readonly Seat[], holders: readonly SeatHolder[]): Reason[] {
  return seats.flatMap((s, i) => seatReasons(s, i, holders));
}

/** The reasons one seat (at its panel position `index`) is not eligible. */
export function seatReasons(s: Seat, index: number, holders: readonly SeatHolder[]): Reason[] {
  const h = holders.find((x) => x.userId === s.userId);
  // The form's own paths (seats.N.userId / seats.N.discipline), so each seat's problem shows at that seat.
  const field = (code: string) => `seats.${index}.${code === "seat_discipline_not_held" ? "discipline" : "userId"}`;
  return holderReasons(h, s.discipline).map((r) =>
    reason(r.code, `${seatLabel(s, index)}: ${who(s, h)} ${r.why}.`, field(r.code)),
  );
}

/**
 * The chair check of levels that require it: the proposed chair must be confirmed by a manager or
 * an admin before the review opens (the reviewed party proposes its panel, not its judge).
 */
export function chairConfirmationReasons(input: {
  level: number;
  required: boolean;
  seats: readonly Seat[];
}): Reason[] {
  if (!input.required) return [];
  const i = input.seats.findIndex((s) => s.isChair);
  const chair = input.seats[i];
  if (!chair || chair.chairConfirmed) return [];
  return [
    reason(
      "chair_unconfirmed",
      `${seatLabel(chair, i)}: ${who(chair)} is the proposed chair; level ${input.level} needs the chair confirmed by a manager or an admin before the review opens.`,
      "seats",
    ),
  ];
}

/**
 * Re-seating keeps a chair confirmation only if the chair seat is unchanged (same person, same
 * discipline); any other change clears it, and `cleared` says so (the UI tells the author).
 */
export function carryChairConfirmation(
  previous: readonly Seat[],
  next: readonly Seat[],
): { seats: Seat[]; cleared: boolean } {
  const before = previous.find((s) => s.isChair && s.chairConfirmed);
  const keep = (s: Seat) =>
    before !== undefined && s.isChair && s.userId === before.userId && s.discipline === before.discipline;
  const seats = next.map((s) => ({ ...s, chairConfirmed: keep(s) }));
  return { seats, cleared: before !== undefined && !seats.some((s) => s.chairConfirmed) };
}

/**
 * A manager or an admin confirms the proposed chair of a draft at a level that requires it. The
 * chair seat must be eligible, and nobody confirms their own chair seat.
 */
export function decideConfirmChair(input: {
  actor: Actor;
  memberRole: MemberRole | null;
  review: { status: ReviewStatus; level: number };
  required: boolean;
  seats: readonly Seat[];
  holders: readonly SeatHolder[];
  /** The chair seat the confirmer saw; a different one now means their page is stale. */
  seen?: Pick<Seat, "userId" | "discipline">;
}): Decision<{ chair: Seat }> {
  const { actor, review, seats } = input;
  const out: Reason[] = [];
  const permitted = can(actor, "confirm_chair", { projectMemberRole: input.memberRole });
  if (!permitted.ok) return permitted;
  if (review.status !== "draft") {
    out.push(
      reason(
        "review_not_draft",
        `The chair is confirmed while the review is a draft; this review is ${review.status}.`,
        "status",
      ),
    );
  }
  if (!input.required) {
    out.push(
      reason(
        "chair_confirmation_not_required",
        `Level ${review.level} does not require the chair to be confirmed.`,
        "seats",
      ),
    );
  }
  const chairs = seats.filter((s) => s.isChair);
  const chair = chairs[0];
  if (chairs.length !== 1 || !chair) {
    out.push(
      reason(
        "panel_chair_count",
        chairs.length === 0
          ? "The panel has no chair to confirm yet."
          : `The panel has ${chairs.length} chairs; exactly one seat must be the chair.`,
        "seats",
      ),
    );
    return decide(out, () => ({ chair: chair! }));
  }
  const index = seats.indexOf(chair);
  if (input.seen && (input.seen.userId !== chair.userId || input.seen.discipline !== chair.discipline)) {
    return refuse([
      ...out,
      reason(
        "chair_changed",
        `The chair changed since you loaded this review: it is now ${seatLabel(chair, index)}, ${who(chair)}. Reload the review and confirm again.`,
        "seats",
      ),
    ]);
  }
  if (chair.chairConfirmed) {
    out.push(
      reason(
        "chair_already_confirmed",
        `${seatLabel(chair, index)}: ${who(chair)} is already confirmed as chair.`,
        "seats",
      ),
    );
  }
  if (actor && chair.userId === actor.userId) {
    out.push(
      reason(
        "chair_confirm_self",
        `${seatLabel(chair, index)}: you are the proposed chair; another manager or an admin must confirm it.`,
        "seats",
      ),
    );
  }
  out.push(...seatReasons(chair, index, input.holders));
  return decide(out, () => ({ chair }));
}
