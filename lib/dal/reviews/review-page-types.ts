import "server-only";
import type { UiAction } from "@/lib/domain/allowed-actions";
import type { SectionDiff } from "@/lib/domain/card-diff";
import type {
  ComponentKind,
  CriterionState,
  Discipline,
  EthicsAnswer,
  KeyDecision,
  MemberRole,
  ProjectStatus,
  RequirementKind,
  RequirementStatus,
  ReviewKind,
  ReviewStatus,
  TransitionKind,
  VoteChoice,
} from "@/lib/domain/vocabulary";
import type { CardRevisionDto } from "@/lib/dal/cards/latest-card";
import type { ReviewTaskDto } from "@/lib/dal/reviews/tasks";

/**
 * What the review page gets (lib/dal/reviews/read-review-page.ts builds it). How each panel member voted stays
 * hidden until the panel has decided, the viewer's own vote excepted (lib/domain/vote-visibility.ts).
 */

export type Versions = { code: string; model: string; data: string };
export type ChangedSectionDto = Pick<SectionDiff, "section" | "title" | "fields">;
export type CardDiffDto = {
  fromNumber: number | null;
  toNumber: number | null;
  sections: ChangedSectionDto[];
  /** Summaries of the revisions in between that changed the requirements ("Requirement R3 edited"): the sections' text does not show those. */
  requirementChanges: string[];
};

export type ReviewComponentDto = {
  id: string;
  name: string;
  kind: ComponentKind;
  levelAtOpen: number;
  currentLevel: number;
  pinned: Versions;
  current: Versions;
};
export type SeatDto = {
  id: string;
  userId: string;
  name: string;
  discipline: Discipline;
  isChair: boolean;
  /** Has a vote in the current pin round. */
  voted: boolean;
  /** Voted in an earlier round only: the card or a version changed since. */
  stale: boolean;
  /** Only once decided (or for the viewer's own seat). */
  choice: VoteChoice | null;
  tasks: { text: string; metric: string | null; target: string | null }[];
  comment: string;
};
export type StaleVoteDto = {
  votedRound: number;
  choice: VoteChoice;
  cardDiff: CardDiffDto | null;
  componentChanges: { name: string; before: string; after: string }[];
};
export type ReviewPageDto = {
  id: string;
  level: number;
  kind: ReviewKind;
  levelName: string;
  status: ReviewStatus;
  pinRound: number;
  createdAt: Date;
  openedAt: Date | null;
  decidedAt: Date | null;
  withdrawnAt: Date | null;
  dueAt: Date | null;
  author: { id: string; name: string };
  project: {
    id: string;
    slug: string;
    name: string;
    label: string;
    status: ProjectStatus;
    members: { userId: string; name: string; role: MemberRole }[];
  };
  components: ReviewComponentDto[];
  card: CardRevisionDto | null;
  cardDiff: (CardDiffDto & { previousReview: { id: string; level: number } | null }) | null;
  criteria: {
    key: string;
    label: string;
    state: CriterionState;
    evidenceUrl: string | null;
    note: string | null;
    naReason: string | null;
  }[];
  ethics: { key: string; label: string; answer: EthicsAnswer | null; note: string }[];
  requirements: {
    id: string;
    number: number;
    kind: RequirementKind;
    statement: string;
    status: RequirementStatus;
    verification: string;
    validation: string;
    waiverReason: string | null;
    pFailure: number;
    value: number;
    risk: number;
  }[];
  seats: SeatDto[];
  outcome: { outcome: "graduated" | "returned"; decidedAt: Date } | null;
  tasks: ReviewTaskDto[];
  transitions: {
    componentName: string;
    from: number | null;
    to: number;
    kind: TransitionKind;
    reason: string;
    at: Date;
  }[];
  keyDecision: { decision: KeyDecision; note: string; targetDate: Date | null; byName: string | null } | null;
  keyDecisionOptions: KeyDecision[];
  debrief: { key: string; label: string; answer: string }[];
  debriefAt: Date | null;
  switchbackRationale: string | null;
  previousTasks: { reviewId: string; tasks: ReviewTaskDto[] } | null;
  history: {
    id: string;
    level: number;
    status: ReviewStatus;
    openedAt: Date | null;
    decidedAt: Date | null;
    createdAt: Date;
  }[];
  researchTrack: { slug: string; name: string } | null;
  /** Later reviews that decided some of this review's components: it no longer changes their state. */
  supersededBy: {
    id: string;
    level: number;
    status: "graduated" | "returned";
    decidedAt: Date;
    componentNames: string[];
  }[];
  supersededComponentIds: string[];
  /** The returned review this one was started from, and the review started from this one. */
  continues: { id: string; level: number; status: ReviewStatus } | null;
  continuedBy: { id: string; status: ReviewStatus } | null;
  viewer: {
    /** The viewer may open reviews of this project (so may start the next one from a returned review). */
    mayOpenReview: boolean;
    userId: string;
    allowed: UiAction[];
    isMember: boolean;
    seatId: string | null;
    isChair: boolean;
    stale: StaleVoteDto | null;
  };
};
