import { decide, hasText, reason, type Decision, type Reason } from "./decision";
import type { Seat } from "./panel";
import type { ReviewStatus, VoteChoice } from "./vocabulary";

/**
 * What a vote judged: the card revision (null while the project has no card yet) and each
 * reviewed component's versions as "code/model/data" (see componentPin).
 */
export type Pin = { cardRevisionId: string | null; componentVersions: Readonly<Record<string, string>> };

/** The pinned form of a component's versions, as stored in Vote.componentPins. */
export function componentPin(v: { code: string | null; model: string | null; data: string | null }): string {
  return `${v.code ?? "-"}/${v.model ?? "-"}/${v.data ?? "-"}`;
}

/** A task attached to a `return` vote, ideally with a quantitative target. */
export type VoteTask = { text: string; metric?: string | null; target?: string | null };

export type Vote = { voterId: string; choice: VoteChoice; tasks: VoteTask[]; pin: Pin };

/** Who may vote (a seat, the reviewer role, no membership) is the permission table's `vote` rule. */
export type VoteInput = {
  review: { status: ReviewStatus; pin: Pin };
  voterId: string;
  choice: VoteChoice;
  tasks: VoteTask[];
  /** The pin round the voter loaded; each change of the pin starts a new round. */
  seenRound: number;
  /** The review's current pin round. */
  currentRound: number;
  /** Card revision numbers of the seen and current rounds, for the stale-vote message. */
  cards?: RoundCards;
};

export function pinsEqual(a: Pin, b: Pin): boolean {
  if (a.cardRevisionId !== b.cardRevisionId) return false;
  const ak = Object.keys(a.componentVersions);
  if (ak.length !== Object.keys(b.componentVersions).length) return false;
  return ak.every((k) => b.componentVersions[k] === a.componentVersions[k]);
}

/** A vote is stale once the card or a reviewed component changed after it was cast. */
export function isStale(vote: Pick<Vote, "pin">, currentPin: Pin): boolean {
  return !pinsEqual(vote.pin, currentPin);
}

const cleanTask = (t: VoteTask): VoteTask => ({
  text: t.text.trim(),
  ...(hasText(t.metric) ? { metric: t.metric.trim() } : {}),
  ...(hasText(t.target) ? { target: t.target.trim() } : {}),
});

/** Card revision numbers of the round the voter saw and of the current round, when known. */
export type RoundCards = { seen?: number | null; current?: number | null };

const roundText = (round: number, card: number | null | undefined) =>
  `round ${round + 1}${card != null ? ` (card revision ${card})` : ""}`;

/**
 * The voter loaded another round: the card or a component changed since, so the vote is refused.
 * The message names both rounds (and card revisions) and what to do next; rounds count from 1.
 */
export function staleRoundReasons(seenRound: number, currentRound: number, cards: RoundCards = {}): Reason[] {
  if (seenRound === currentRound) return [];
  const cardMoved = cards.seen != null && cards.current != null && cards.seen !== cards.current;
  const what = cardMoved
    ? `your vote was for card revision ${cards.seen}; the card is now at revision ${cards.current}`
    : `your vote was for ${roundText(seenRound, cards.seen)} of this review; it is now at ${roundText(currentRound, cards.current)}`;
  return [
    reason(
      "vote_pin_stale",
      `Your vote was not recorded: ${what}, because the card or a component changed after you loaded the page. Reload the review, read the changes, and vote again.`,
      "pin",
    ),
  ];
}

/**
 * Cast or change a vote, on open reviews only; `return` needs tasks, `graduate` none. The voter
 * must have loaded the current pin round, so nobody approves a card they did not see. The vote
 * is pinned to the review's current pin.
 */
export function decideVote(input: VoteInput): Decision<Vote> {
  const { review, voterId, choice, tasks } = input;
  const out: Reason[] = [];
  if (review.status !== "open") {
    out.push(
      reason("review_not_open", `Votes are only taken on open reviews; this review is ${review.status}.`, "status"),
    );
  }
  if (choice === "return") {
    if (tasks.length === 0) {
      out.push(reason("return_without_task", "A return vote must list at least one specific task.", "tasks"));
    }
    tasks.forEach((t, i) => {
      if (!hasText(t.text)) out.push(reason("task_empty", `Task ${i + 1} has no text.`, `tasks.${i}.text`));
    });
  } else if (choice === "graduate") {
    if (tasks.length > 0) {
      out.push(
        reason("graduate_with_tasks", "A graduate vote carries no tasks; vote return if work remains.", "tasks"),
      );
    }
  } else {
    out.push(reason("vote_choice_invalid", `"${String(choice)}" is not a vote; choose graduate or return.`, "choice"));
  }
  out.push(...staleRoundReasons(input.seenRound, input.currentRound, input.cards));
  return decide(out, () => ({ voterId, choice, tasks: tasks.map(cleanTask), pin: review.pin }));
}

/** Store a vote, replacing the voter's previous one (a member may change their vote). */
export function withVote(votes: readonly Vote[], vote: Vote): Vote[] {
  return [...votes.filter((v) => v.voterId !== vote.voterId), vote];
}

/**
 * The review re-pins when the card or a reviewed component's version changes; every vote that
 * was current before and is not under the new pin becomes stale and must be cast again.
 */
export function repin(input: { previousPin: Pin; nextPin: Pin; votes: readonly Vote[] }): {
  pin: Pin;
  changed: boolean;
  newlyStaleVoterIds: string[];
} {
  const { previousPin, nextPin, votes } = input;
  return {
    pin: nextPin,
    changed: !pinsEqual(previousPin, nextPin),
    newlyStaleVoterIds: votes.filter((v) => !isStale(v, previousPin) && isStale(v, nextPin)).map((v) => v.voterId),
  };
}

export type Outcome =
  | { status: "pending"; awaitingUserIds: string[] }
  | { status: "graduated" }
  | { status: "returned"; tasks: VoteTask[] };

/**
 * Pending while any seat lacks a current vote; then graduated iff every current vote graduates,
 * else returned with the union of tasks (identical texts once). Unseated and stale votes do not
 * count. An empty panel never decides (a review cannot graduate on zero votes).
 */
export function decideOutcome(input: {
  seats: readonly Pick<Seat, "userId">[];
  votes: readonly Vote[];
  currentPin: Pin;
}): Outcome {
  const { seats, votes, currentPin } = input;
  if (seats.length === 0) return { status: "pending", awaitingUserIds: [] };
  const current = new Map<string, Vote>();
  for (const v of votes) {
    if (!isStale(v, currentPin)) current.set(v.voterId, v);
  }
  const counted = seats.map((s) => current.get(s.userId));
  const awaitingUserIds = seats.filter((_, i) => counted[i] === undefined).map((s) => s.userId);
  if (awaitingUserIds.length > 0) return { status: "pending", awaitingUserIds };
  const cast = counted.filter((v): v is Vote => v !== undefined);
  if (cast.every((v) => v.choice === "graduate")) return { status: "graduated" };
  const tasks: VoteTask[] = [];
  const seen = new Set<string>();
  for (const t of cast.flatMap((v) => v.tasks)) {
    const key = t.text.trim().replace(/\s+/g, " ");
    if (seen.has(key)) continue;
    seen.add(key);
    tasks.push(t);
  }
  return { status: "returned", tasks };
}

/**
 * The same vote submitted again (a double click, a retried request): same choice, same tasks once
 * cleaned, same comment. The data layer answers it as already recorded instead of refusing it.
 */
export function isSameVote(
  a: { choice: VoteChoice; tasks: readonly VoteTask[]; comment?: string | null },
  b: { choice: VoteChoice; tasks: readonly VoteTask[]; comment?: string | null },
): boolean {
  if (a.choice !== b.choice || a.tasks.length !== b.tasks.length) return false;
  if ((a.comment ?? "").trim() !== (b.comment ?? "").trim()) return false;
  return a.tasks.every((t, i) => {
    const x = cleanTask(t);
    const y = cleanTask(b.tasks[i]!);
    return x.text === y.text && (x.metric ?? null) === (y.metric ?? null) && (x.target ?? null) === (y.target ?? null);
  });
}
