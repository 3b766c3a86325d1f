/**
 * The shape of the declarative demo data (one folder per project under prisma/seed/projects/).
 * Times are "days before the seed runs" so the demo always looks current: 0 is now, 730 is two
 * years ago; fractions are allowed. build.ts turns a ProjectSeed into rows and replays its
 * history through lib/domain, so data that breaks an MLTRL rule fails the seed with a message.
 */
import type { CardContent } from "@/lib/domain/card-content";
import type { AlertKind, AlertSeverity } from "@/lib/domain/monitoring";
import type {
  ComponentKind,
  Discipline,
  EthicsAnswer,
  KeyDecision,
  ProjectStatus,
  RequirementKind,
  RequirementStatus,
  Role,
} from "@/lib/domain/vocabulary";

/** Days before now (0 = now). */
export type DaysAgo = number;

/** Key of a demo user in users.ts. */
export type UserKey = string;

export type UserSeed = {
  key: UserKey;
  name: string;
  email: string;
  roles: Role[];
  disciplines: Discipline[];
  /** What the person does in the demo ("owner of …"), printed with the sign-ins. */
  note: string;
};

export type VersionSeed = {
  at: DaysAgo;
  by: UserKey;
  code: string;
  model: string;
  data: string;
  changelog: string;
};

export type ComponentSeed = {
  key: string;
  name: string;
  kind: ComponentKind;
  description: string;
  start: { level: number; at: DaysAgo; by: UserKey; reason: string };
  /** Versions at creation (the changelog's first line). */
  initial: { code: string; model: string; data: string };
  /** Later version bumps, one changelog line each, in time order. */
  bumps?: VersionSeed[];
  archived?: { at: DaysAgo; by: UserKey; reason: string };
};

export type RequirementSeed = {
  kind: RequirementKind;
  statement: string;
  verification: string;
  validation: string;
  status: RequirementStatus;
  waiverReason?: string;
  pFailure: number;
  value: number;
  owner: UserKey;
  created: DaysAgo;
  evidenceLinks?: string[];
};

export type CardRevisionSeed = {
  at: DaysAgo;
  by: UserKey;
  summary: string;
  /** Fields changed by this save; a revision's content is the previous one with the patch applied. */
  patch: Partial<CardContent>;
};

export type EthicsSeed = { answer: EthicsAnswer; note: string };

export type SeatSeed = { user: UserKey; discipline: Discipline; chair?: true };

export type TaskSeed = {
  text: string;
  metric?: string;
  target?: string;
  /** Ticked off on the review's to-do list. */
  done?: { at: DaysAgo; by: UserKey; evidence: string };
};

export type DebriefSeed = { accomplished: string; punted: string; learned: string; debt: string };

export type ReviewSeed = {
  level: number;
  components: string[];
  author: UserKey;
  status: "draft" | "open" | "graduated" | "returned";
  created: DaysAgo;
  /** Absent on a draft. */
  opened?: DaysAgo;
  /** Graduated and returned reviews only. */
  decided?: DaysAgo;
  /** Days after opening when the panel is due to decide. */
  dueAfterDays?: number;
  panel: SeatSeed[];
  /** Decided reviews: these seats vote return with tasks; every other seat votes graduate. */
  returns?: Record<UserKey, TaskSeed[]>;
  /** Open reviews: the seats that have voted graduate so far. */
  votedBy?: UserKey[];
  comments?: Record<UserKey, string>;
  /** Evidence notes per gate criterion key (others get the default note of defaults.ts). */
  evidence?: Record<string, string>;
  /** Criteria marked not applicable, with the reason. */
  notApplicable?: Record<string, string>;
  /** Drafts only: criteria still pending. */
  pendingCriteria?: string[];
  /** Drafts only: ethics items not answered yet. */
  unansweredEthics?: string[];
  /** Per-review answers that differ from the project's usual ones. */
  ethics?: Record<string, EthicsSeed>;
  keyDecision?: { decision: KeyDecision; note: string; targetAfterDays?: number };
  debrief?: DebriefSeed;
};

export type SwitchbackSeed = {
  kind: "discovery" | "embedded";
  component: string;
  toLevel: number;
  at: DaysAgo;
  by: UserKey;
  reason: string;
};

export type ProjectSeed = {
  slug: string;
  name: string;
  description: string;
  track: "research" | "product";
  index: number;
  tags: string[];
  status?: ProjectStatus;
  created: DaysAgo;
  createdBy: UserKey;
  owners: UserKey[];
  contributors: UserKey[];
  /** OKR: reach `level` within `inDays` (negative: the date has passed). */
  target?: { level: number; inDays: number };
  components: ComponentSeed[];
  requirements: RequirementSeed[];
  card: CardRevisionSeed[];
  /** The project's usual answer to every ethics item (reviews may override). */
  ethics: Record<string, EthicsSeed>;
  reviews: ReviewSeed[];
  switchbacks?: SwitchbackSeed[];
  /** Unresolved monitoring alerts on components that end deployed (level 9). */
  alerts?: AlertSeed[];
};

export type AlertSeed = {
  component: string;
  at: DaysAgo;
  by: UserKey;
  kind: AlertKind;
  severity: AlertSeverity;
  metric: string;
  value: number;
  threshold: number;
  link: string;
  source: string;
  externalId?: string;
};
