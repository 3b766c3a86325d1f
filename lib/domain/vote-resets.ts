import { accept, listOf, reason, refuse, type Decision } from "./decision";

/**
 * Saving the TRL Card or the requirements while a review is open re-pins it, so every current
 * vote of the panel goes stale and must be cast again. The editor is told first ("This resets N
 * current votes (names)") and the save carries how many resets the editor confirmed. The server
 * counts the real resets in the same transaction as the save: more than confirmed (a vote cast
 * since the page was loaded, a stale tab, a client that skipped the warning) refuses the save.
 */

/** One current vote a save would make stale. */
export type VoteReset = { voterName: string };

/** "This resets 2 current votes (Ravi Patel, Sofia Rossi)." — the same words before and at the refusal. */
export function voteResetWarning(resets: readonly VoteReset[]): string {
  const n = resets.length;
  const names = listOf(
    resets.map((r) => r.voterName),
    "and",
  );
  return `This resets ${n} current ${n === 1 ? "vote" : "votes"} (${names}).`;
}

/** Accepts when the save resets no more votes than the editor confirmed. */
export function decideVoteResets(input: {
  resets: readonly VoteReset[];
  acknowledged: number;
  /** What the refusal says did not happen: a save (default) or a publish of held edits. */
  verb?: "saved" | "published";
}): Decision<void> {
  const { resets, acknowledged } = input;
  if (resets.length <= acknowledged) return accept(undefined);
  const confirmed =
    acknowledged === 0
      ? "you confirmed none"
      : `you confirmed ${acknowledged} ${acknowledged === 1 ? "reset" : "resets"}`;
  return refuse([
    reason(
      "vote_resets_unconfirmed",
      `Not ${input.verb ?? "saved"}: ${voteResetWarning(resets)} The panel voted since you opened this page, or ${confirmed}. Check who would vote again and confirm.`,
      "acknowledgedVoteResets",
    ),
  ]);
}
