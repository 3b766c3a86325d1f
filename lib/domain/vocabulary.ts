/**
 * The closed vocabularies of MLTRL. The Prisma schema uses the same strings; keep them in sync.
 */

export const DISCIPLINES = [
  "research_lead",
  "researcher",
  "applied_ai",
  "software_engineer",
  "infrastructure_engineer",
  "qa_engineer",
  "product_manager",
  "compliance_ethics",
  "domain_expert",
  "executive",
] as const;
export type Discipline = (typeof DISCIPLINES)[number];

/** Human names used inside messages ("The panel has no seat for a software engineer ..."). */
export const DISCIPLINE_LABELS: Record<Discipline, string> = {
  research_lead: "research lead",
  researcher: "researcher",
  applied_ai: "applied AI engineer",
  software_engineer: "software engineer",
  infrastructure_engineer: "infrastructure engineer",
  qa_engineer: "QA engineer",
  product_manager: "product manager",
  compliance_ethics: "compliance/ethics reviewer",
  domain_expert: "domain expert",
  executive: "executive",
};

export const ROLES = ["admin", "manager", "researcher", "reviewer"] as const;
export type Role = (typeof ROLES)[number];

export const COMPONENT_KINDS = ["model", "algorithm", "data_pipeline", "dataset", "software_module", "other"] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

export const COMPONENT_STATUSES = ["active", "archived"] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

export const PROJECT_STATUSES = ["active", "paused", "archived", "stopped"] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const MEMBER_ROLES = ["owner", "contributor"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const TRANSITION_KINDS = ["start", "graduation", "discovery", "review", "embedded", "entry"] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

/** `gate`: leaving level N (N → N+1). `entry`: confirming a claimed starting level (0 → N). */
export const REVIEW_KINDS = ["gate", "entry"] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const REVIEW_STATUSES = ["draft", "open", "graduated", "returned", "withdrawn"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const VOTE_CHOICES = ["graduate", "return"] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export const REQUIREMENT_KINDS = ["research", "technical", "product"] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

export const REQUIREMENT_STATUSES = ["open", "verified", "validated", "waived", "regressed"] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

export const CRITERION_STATES = ["pending", "done", "not_applicable"] as const;
export type CriterionState = (typeof CRITERION_STATES)[number];

export const ETHICS_ANSWERS = ["yes", "no", "not_applicable"] as const;
export type EthicsAnswer = (typeof ETHICS_ANSWERS)[number];

export const KEY_DECISIONS = ["path_a", "path_b", "path_a_b", "continue", "pause", "go", "no_go"] as const;
export type KeyDecision = (typeof KEY_DECISIONS)[number];

/** The three key decision points of the paper, named by what they decide. */
export const KEY_DECISION_KINDS = ["research_path", "continuation", "deployment"] as const;
export type KeyDecisionKind = (typeof KEY_DECISION_KINDS)[number];

export const KEY_DECISION_OPTIONS: Record<KeyDecisionKind, readonly KeyDecision[]> = {
  research_path: ["path_a", "path_b", "path_a_b"],
  continuation: ["continue", "pause"],
  deployment: ["go", "no_go"],
};

/** Key decisions are fixed by the paper (L2, L4, L8); admins edit criteria and seats, not these. */
export const KEY_DECISION_KIND_BY_LEVEL: Readonly<Record<number, KeyDecisionKind>> = {
  2: "research_path",
  4: "continuation",
  8: "deployment",
};

export const CARD_SECTIONS = [
  "summary",
  "tldr",
  "requirements",
  "model_info",
  "intended_use",
  "testing_status",
  "data_considerations",
  "caveats",
  "debriefs",
] as const;
export type CardSection = (typeof CARD_SECTIONS)[number];

export const CARD_SECTION_LABELS: Record<CardSection, string> = {
  summary: "Summary",
  tldr: "TL;DR",
  requirements: "Requirements",
  model_info: "Model/algorithm information",
  intended_use: "Intended and unacceptable uses",
  testing_status: "Testing status",
  data_considerations: "Data considerations",
  caveats: "Caveats, edge cases, biases and recommendations",
  debriefs: "Stage debriefs",
};

export const PHASES = ["research", "prototyping", "productization", "deployment"] as const;
export type Phase = (typeof PHASES)[number];

/** Levels run 0..9; only 0..8 have a gated review (level 9 has no graduation). */
export const MIN_LEVEL = 0;
export const MAX_LEVEL = 9;
export const MAX_REVIEWABLE_LEVEL = 8;

export function isLevel(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= MIN_LEVEL && value <= MAX_LEVEL;
}

/** Narrowing membership test for the `as const` arrays above. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}
