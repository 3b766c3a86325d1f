import { fillers, review, t, type Row } from "./authorization-fixtures";
import { makeThread } from "./comment-fixtures";
import type { RoleName } from "./gate-fixtures";

/**
 * The authorisation matrix's rows for a review's discussion: the panel (the seated reviewer is the
 * chair) and the project's owners and contributors write; a thread's author, a project owner or the
 * chair resolve. Managers, admins and other researchers read only. Keyed by command name.
 */
const PARTICIPANTS: RoleName[] = ["owner", "contributor", "seatedReviewer"];
/** The thread is written by another seat holder, so only the owner and the chair may resolve it. */
const RESOLVERS: RoleName[] = ["owner", "seatedReviewer"];

const openThread = async (resolved: boolean) => {
  const { reviewId } = await review(3, "open");
  const authorId = fillers[0]!;
  return makeThread(t.db, { reviewId, authorId, ...(resolved ? { resolvedBy: authorId } : {}) });
};

export const REVIEW_COMMENT_SCENARIOS: Record<string, Row> = {
  addReviewComment: {
    allowed: PARTICIPANTS,
    setup: async () => ({
      reviewId: (await review(3, "open")).reviewId,
      anchorKind: "section",
      anchorKey: "tldr",
      body: "Is the **held-out** set from the same hospital?",
    }),
  },
  replyReviewComment: {
    allowed: PARTICIPANTS,
    setup: async () => ({ threadId: (await openThread(false)).id, body: "Yes: see the data section." }),
  },
  resolveReviewThread: {
    allowed: RESOLVERS,
    setup: async () => ({ threadId: (await openThread(false)).id }),
  },
  reopenReviewThread: {
    allowed: RESOLVERS,
    setup: async () => ({ threadId: (await openThread(true)).id }),
  },
};
