import { isDecided } from "./review-state";
import type { ReviewStatus } from "./vocabulary";

/**
 * How a panel member voted stays hidden until the panel has decided, so nobody votes with the
 * herd; the member always sees their own vote. Answers the vote when the viewer may see it, else null.
 */
export function visibleVote<V>(input: {
  reviewStatus: ReviewStatus;
  /** The user holding the seat the vote was cast from. */
  seatUserId: string;
  viewerId: string;
  vote: V | null | undefined;
}): V | null {
  if (input.vote === null || input.vote === undefined) return null;
  return isDecided(input.reviewStatus) || input.seatUserId === input.viewerId ? input.vote : null;
}
