import { decide, hasText, reason, type Decision, type Reason } from "./decision";
import { projectEditableReasons } from "./project-status";
import type { ProjectStatus, ReviewStatus } from "./vocabulary";

/**
 * The review's discussion: threads anchored to a TRL Card section (as pinned) or a requirement,
 * written by the panel and the project's members while the review is open. Comments are never
 * edited or deleted; a thread is resolved and reopened by appending events, and its state is the
 * last event's. Who may write and resolve is the permission table's (comment_review,
 * resolve_review_thread); this file holds the state rules.
 */

export const COMMENT_ANCHOR_KINDS = ["section", "requirement"] as const;
export type CommentAnchorKind = (typeof COMMENT_ANCHOR_KINDS)[number];
export type CommentAnchor = { kind: CommentAnchorKind; key: string };

export const THREAD_EVENT_KINDS = ["resolved", "reopened"] as const;
export type ThreadEventKind = (typeof THREAD_EVENT_KINDS)[number];
export type ThreadStatus = "open" | "resolved";

export const COMMENT_BODY_MAX = 10_000;

export type DiscussionState = { reviewStatus: ReviewStatus; projectStatus: ProjectStatus };

/**
 * A discussion takes new words only while the review is open: a draft has no panel reading yet,
 * and a decided or withdrawn review's discussion is read-only (the record of the gate, like its
 * votes). A stopped or archived project is read-only as a whole.
 */
export function discussionClosedReasons(state: DiscussionState, field = "reviewId"): Reason[] {
  const out: Reason[] = [];
  if (state.reviewStatus === "draft")
    out.push(reason("review_not_open", "The discussion opens when the review is submitted to its panel.", field));
  else if (state.reviewStatus === "withdrawn")
    out.push(reason("review_withdrawn", "This review was withdrawn: its discussion is read-only.", field));
  else if (state.reviewStatus !== "open")
    out.push(
      reason(
        "review_decided",
        "This review is decided: its discussion is read-only, kept as the record of the gate.",
        field,
      ),
    );
  return [...out, ...projectEditableReasons(state.projectStatus)];
}

/** The last event says it: no event or a reopening = open. */
export function threadStatus(events: readonly { kind: ThreadEventKind; seq: number }[]): ThreadStatus {
  const last = [...events].sort((a, b) => a.seq - b.seq).at(-1);
  return last?.kind === "resolved" ? "resolved" : "open";
}

function bodyReasons(body: string): Reason[] {
  if (!hasText(body)) return [reason("comment_empty", "Write the comment.", "body")];
  if (body.length > COMMENT_BODY_MAX)
    return [reason("comment_too_long", `Use at most ${COMMENT_BODY_MAX} characters.`, "body")];
  return [];
}

/**
 * A new thread: the anchor must exist in what the panel judges — a section of the pinned card
 * revision, or one of the project's requirements.
 */
export function decideNewThread(input: {
  state: DiscussionState;
  anchor: CommentAnchor;
  /** Section keys of the pinned card revision; null when no revision is pinned. */
  pinnedSections: readonly string[] | null;
  requirementIds: readonly string[];
  body: string;
}): Decision<CommentAnchor> {
  const out = [...discussionClosedReasons(input.state), ...bodyReasons(input.body)];
  const { anchor } = input;
  if (anchor.kind === "section") {
    if (input.pinnedSections === null)
      out.push(reason("no_pinned_card", "This review has no pinned TRL Card to comment on.", "anchorKey"));
    else if (!input.pinnedSections.includes(anchor.key))
      out.push(
        reason("anchor_missing", "The pinned TRL Card revision has no such section. Reload the page.", "anchorKey"),
      );
  } else if (!input.requirementIds.includes(anchor.key)) {
    out.push(reason("anchor_missing", "This project has no such requirement. Reload the page.", "anchorKey"));
  }
  return decide(out, () => anchor);
}

/** A reply joins an existing thread of an open review; a resolved thread takes replies too (they do not reopen it). */
export function decideReply(input: { state: DiscussionState; body: string }): Decision<true> {
  return decide([...discussionClosedReasons(input.state, "threadId"), ...bodyReasons(input.body)], () => true);
}

/**
 * Resolve or reopen: the next event of the thread, numbered after the last one (`seq` is the
 * compare-and-set key: of two simultaneous resolutions one inserts, the other re-decides and is told).
 */
export function decideThreadEvent(input: {
  state: DiscussionState;
  events: readonly { kind: ThreadEventKind; seq: number }[];
  kind: ThreadEventKind;
}): Decision<{ seq: number; kind: ThreadEventKind }> {
  const out = discussionClosedReasons(input.state, "threadId");
  const now = threadStatus(input.events);
  if (input.kind === "resolved" && now === "resolved")
    out.push(reason("thread_resolved", "This thread is already resolved.", "threadId"));
  if (input.kind === "reopened" && now === "open")
    out.push(reason("thread_open", "This thread is open; there is nothing to reopen.", "threadId"));
  const seq = Math.max(0, ...input.events.map((e) => e.seq)) + 1;
  return decide(out, () => ({ seq, kind: input.kind }));
}

/**
 * Who hears about it, never the writer: a new thread goes to the panel and the project's members;
 * a reply, a resolution or a reopening to the thread's participants (its author and repliers).
 */
export function commentRecipients(input: {
  event: "thread" | "reply" | ThreadEventKind;
  actorId: string;
  panel: readonly string[];
  members: readonly string[];
  threadParticipants: readonly string[];
}): string[] {
  const pool = input.event === "thread" ? [...input.panel, ...input.members] : input.threadParticipants;
  return [...new Set(pool)].filter((id) => id !== input.actorId);
}

/** "2 open threads" on the header and the vote rail; voting is not blocked by them (docs/rules.md). */
export function openThreadCount(threads: readonly { status: ThreadStatus }[]): number {
  return threads.filter((t) => t.status === "open").length;
}
