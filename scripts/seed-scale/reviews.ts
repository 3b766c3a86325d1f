/** A project's five most recent reviews: which ones, then their rows, panels and decisions. */
import { DISCIPLINES } from "@/lib/domain/vocabulary";
import { DAY, iso, PIN_ROUND_WEIGHTS, REVIEWERS, reviewerId, reviewId, SEATS_BY_LEVEL } from "./params";
import type { PlanContext, ProjectTimeline } from "./specs";

type ReviewPlan = {
  level: number;
  status: "draft" | "open" | "graduated" | "returned" | "withdrawn";
  created: number;
  opened: number | null;
  closed: number | null;
  due: number | null;
};

/**
 * Seats vote in every round of a decided review; in the current round of an open or withdrawn
 * review, seat k votes unless (k + review number) % 3 === 0 — so at least one seat of every panel
 * (6+ seats) is still missing and the review stays undecided. sql.ts uses the same rule.
 */
export function votesOfReview(
  status: ReviewPlan["status"],
  seats: number,
  pinRound: number,
  reviewNumber: number,
): number {
  if (status === "draft") return 0;
  const full = status === "graduated" || status === "returned";
  let missing = 0;
  if (!full) for (let k = 0; k < seats; k++) if ((k + reviewNumber) % 3 === 0) missing++;
  return seats * (pinRound + 1) - missing;
}

/** Five reviews per project, the most recent ones of its history. */
export function planReviews(ctx: PlanContext, p: ProjectTimeline): void {
  const { rng, now, plan, audit } = ctx;
  const { n, pid, owner, status, start, level, at, stay, dwell } = p;
  const reviews: ReviewPlan[] = [];
  const maxReviewLevel = Math.min(level, 8);
  if (status === "active" && level <= 8 && rng.chance(0.22)) {
    const opened = now - rng.int(1, 50) * DAY;
    reviews.push({ level, status: "open", created: opened - 2 * DAY, opened, closed: null, due: opened + 14 * DAY });
  }
  if (level <= 8 && dwell > 60 * DAY && rng.chance(0.4)) {
    const decided = at[level]! + 0.5 * dwell;
    reviews.push({
      level,
      status: "returned",
      created: decided - 20 * DAY,
      opened: decided - 18 * DAY,
      closed: decided,
      due: decided - 4 * DAY,
    });
  }
  const history: ReviewPlan[] = [];
  for (let l = level - 1; l >= start; l--) {
    const decided = at[l + 1]! - 0.01 * stay[l]!;
    const opened = decided - 0.25 * stay[l]!;
    history.push({
      level: l,
      status: "graduated",
      created: opened - 2 * DAY,
      opened,
      closed: decided,
      due: opened + 21 * DAY,
    });
    if (rng.chance(l === 4 ? 0.55 : 0.3)) {
      const rd = at[l]! + 0.45 * stay[l]!;
      history.push({
        level: l,
        status: "returned",
        created: rd - 0.2 * stay[l]! - 2 * DAY,
        opened: rd - 0.2 * stay[l]!,
        closed: rd,
        due: rd + 5 * DAY,
      });
    }
  }
  history.sort((a, b) => b.closed! - a.closed!);
  reviews.push(...history.slice(0, Math.max(0, 5 - reviews.length)));
  while (reviews.length < 5) {
    const l = rng.int(start, maxReviewLevel);
    const from = at[l]!;
    const to = l < level ? at[l + 1]! : now;
    const t = from + rng.next() * (to - from);
    if (
      status === "active" &&
      !reviews.some((x) => x.status === "open" || x.status === "draft") &&
      l === level &&
      level <= 8
    ) {
      reviews.push({ level, status: "draft", created: t, opened: null, closed: null, due: null });
    } else if (rng.chance(0.15)) {
      reviews.push({
        level: l,
        status: "withdrawn",
        created: t - 3 * DAY,
        opened: t - 2 * DAY,
        closed: t,
        due: t + 12 * DAY,
      });
    } else {
      reviews.push({
        level: l,
        status: "returned",
        created: t - 12 * DAY,
        opened: t - 10 * DAY,
        closed: t,
        due: t + 4 * DAY,
      });
    }
  }

  for (const rv of reviews) {
    const rid = reviewId(++ctx.counters.review);
    const pinRound = rv.status === "draft" ? 0 : rng.weighted(PIN_ROUND_WEIGHTS);
    const seats = SEATS_BY_LEVEL[rv.level]!;
    plan.reviews.push([
      rid,
      pid,
      rv.level,
      rv.status,
      owner,
      1,
      pinRound,
      rv.due === null ? null : iso(rv.due),
      rv.opened === null ? null : iso(rv.opened),
      rv.status === "graduated" || rv.status === "returned" ? iso(rv.closed!) : null,
      rv.status === "withdrawn" ? iso(rv.closed!) : null,
      iso(rv.created),
      iso(rv.closed ?? rv.opened ?? rv.created),
    ]);
    audit(owner, "review.draft", "review", rid, pid, { level: rv.level }, rv.created);
    if (rv.opened === null) continue;
    audit(
      owner,
      "review.open",
      "review",
      rid,
      pid,
      { level: rv.level, dueAt: rv.due === null ? null : iso(rv.due) },
      rv.opened,
    );
    const base = (n * 7 + ctx.counters.review) % REVIEWERS;
    for (let k = 0; k < seats; k++) {
      const v = (base + k * 37) % REVIEWERS;
      plan.seats.push([
        `ss${rid.slice(2)}_${k}`,
        rid,
        reviewerId(v),
        DISCIPLINES[v % DISCIPLINES.length]!,
        k === 0,
        iso(rv.created),
      ]);
    }
    plan.expectedVotes += votesOfReview(rv.status, seats, pinRound, ctx.counters.review);
    if (rv.status === "graduated" || rv.status === "returned") {
      plan.decisions.push([rid, rv.status, pinRound, iso(rv.closed!)]);
      audit(null, `review.${rv.status}`, "review", rid, pid, { outcome: rv.status, pinRound }, rv.closed!);
    } else if (rv.status === "withdrawn") {
      audit(owner, "review.withdraw", "review", rid, pid, { reason: "Superseded by a new draft." }, rv.closed!);
    }
  }
}
