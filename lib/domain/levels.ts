import type { CardSection, Discipline, KeyDecisionKind, Phase } from "./vocabulary";

/**
 * Level definitions are versioned data (the DB stores admin-edited versions as JSON with the same
 * shape). Criteria keys are stable: review checklists refer to them across edits of the labels.
 */
export const LEVEL_DEFINITIONS_VERSION = 1;

export type GateCriterion = { key: string; label: string };

/** Minimum number of seats per discipline; a panel may have more seats than required. */
export type SeatRequirements = Partial<Record<Discipline, number>>;

export type LevelDefinition = {
  level: number;
  name: string;
  phase: Phase;
  /** Criteria to leave this level; level 9 lists its operating checklist (it has no review). */
  criteria: GateCriterion[];
  seats: SeatRequirements;
  /** TRL Card sections that must be filled before this level's review can open. */
  cardSections: CardSection[];
  keyDecision: KeyDecisionKind | null;
  /**
   * The reviewed party proposes the panel but does not choose its judge: when true, a manager or
   * an admin confirms the chair before the review can open. Stored sets older than this field
   * read it with `defaultChairConfirmation` (see validateLevelDefinitions).
   */
  chairConfirmation: boolean;
  /**
   * Days past its due date after which an open review at this level is escalated to its chair and
   * the project's managers. Stored sets older than this field read `DEFAULT_OVERDUE_DAYS`.
   */
  overdueDays: number;
};

export type LevelDefinitions = { version: number; levels: LevelDefinition[] };

/** Escalation a week after the due date unless an admin sets otherwise for a level. */
export const DEFAULT_OVERDUE_DAYS = 7;
export const MAX_OVERDUE_DAYS = 365;

const c = (key: string, label: string): GateCriterion => ({ key, label });

/** From the proof of concept (L4) on, the chair is confirmed by a manager or admin by default. */
export const CHAIR_CONFIRMATION_FROM_LEVEL = 4;
/** Level 9 has no review, so nothing to confirm there. */
export const defaultChairConfirmation = (level: number): boolean =>
  level >= CHAIR_CONFIRMATION_FROM_LEVEL && level <= 8;

/*
 * Card sections (the rules leave the per-level choice to us). The card grows with the levels and
 * a requirement never disappears once introduced:
 * - L0: summary + TL;DR — the L0 criteria say "TRL Card started".
 * - L1: + data considerations — dataset versions start with semantic versioning at L1.
 * - L2: + requirements (research requirements document) + caveats (claims and their limits).
 * - L3: + model info (written for non-ML domain experts) + testing status (unit/integration tests).
 * - L4: + intended use — the proof of concept names a real application (detailed from L5 on).
 * - debriefs is never required: the chair writes it after each decision, and components may
 *   start above L0 with no earlier review to debrief.
 */
const L0_SECTIONS: CardSection[] = ["summary", "tldr"];
const L1_SECTIONS: CardSection[] = [...L0_SECTIONS, "data_considerations"];
const L2_SECTIONS: CardSection[] = [...L1_SECTIONS, "requirements", "caveats"];
const L3_SECTIONS: CardSection[] = [...L2_SECTIONS, "model_info", "testing_status"];
const L4_SECTIONS: CardSection[] = [...L3_SECTIONS, "intended_use"];

const levels: Omit<LevelDefinition, "chairConfirmation" | "overdueDays">[] = [
  {
    level: 0,
    name: "First Principles",
    phase: "research",
    keyDecision: null,
    criteria: [
      c("principles_plan", "Principles, hypotheses and research plan stated, with literature"),
      c("data_readiness", "Data-readiness conclusions drawn where relevant"),
      c("card_started", "TRL Card started"),
    ],
    seats: { research_lead: 1 },
    cardSections: L0_SECTIONS,
  },
  {
    level: 1,
    name: "Goal-Oriented Research",
    phase: "research",
    keyDecision: null,
    criteria: [
      c("experiments_documented", "Low-level experiments and their analysis documented (good results or not)"),
      c("maths_reviewed", "Maths reviewed"),
      c("semantic_versioning", "Semantic versioning of code, models and data started and shown on the card"),
    ],
    seats: { research_lead: 1, researcher: 1 },
    cardSections: L1_SECTIONS,
  },
  {
    level: 2,
    name: "Proof of Principle",
    phase: "research",
    keyDecision: "research_path",
    criteria: [
      c("research_requirements", "Research requirements document with V&V for each requirement"),
      c("claims_in_testbeds", "Research claims of L0–1 satisfied in testbeds (simulated/surrogate data)"),
      c("analyses_reproducible", "Analyses reproducible"),
    ],
    seats: { research_lead: 1, researcher: 1 },
    cardSections: L2_SECTIONS,
  },
  {
    level: 3,
    name: "System Development",
    phase: "prototyping",
    keyDecision: null,
    criteria: [
      c("interfaces_dataflow", "Prototype-caliber code with designed interfaces and dataflow"),
      c("unit_integration_tests", "Unit and integration tests"),
      c("style_standards", "Code meets the team's style standards"),
      c("code_documented", "Code documented"),
      c("models_data_versioned", "Models and datasets under version control"),
    ],
    seats: { applied_ai: 1, software_engineer: 1 },
    cardSections: L3_SECTIONS,
  },
  {
    level: 4,
    name: "Proof of Concept",
    phase: "prototyping",
    keyDecision: "continuation",
    criteria: [
      c("real_scenario_demo", "Demonstrated in a real scenario on at least one application with multiple datasets"),
      c("poc_metrics", "PoC metrics reported: model quality, compute cost and an end-user metric"),
      c("real_data_readiness", "Data readiness of real-world data reviewed"),
      c("security_privacy_risks", "Security and privacy risks quantified"),
      c("ethics_discussed", "Ethics of data collection and potential harm discussed"),
    ],
    seats: { applied_ai: 1, software_engineer: 1, product_manager: 1 },
    cardSections: L4_SECTIONS,
  },
  {
    level: 5,
    name: "ML Capability",
    phase: "prototyping",
    keyDecision: null,
    criteria: [
      c("capability_defined", "Defined as a capability inside a larger application"),
      c("research_vv_completed", "Every V&V step of the research requirements completed"),
      c("product_requirements_drafted", "Product requirements with V&V drafted"),
      c("working_group_named", "Interdisciplinary working group named"),
    ],
    seats: { research_lead: 1, applied_ai: 1, software_engineer: 1, product_manager: 1 },
    cardSections: L4_SECTIONS,
  },
  {
    level: 6,
    name: "Application Development",
    phase: "productization",
    keyDecision: null,
    criteria: [
      c("product_caliber_code", "Product-caliber code: specifications, comprehensive tests, defined APIs"),
      c("explanations_validated", "Explanations validated with end users, if the use-case needs them"),
      c("sla_slo_pipeline_spec", "SLA/SLO and data-pipeline specification"),
      c("deployment_setting", "Deployment setting documented"),
      c("regulatory_compliance", "Regulatory compliance reviewed"),
    ],
    seats: { software_engineer: 1, product_manager: 1, applied_ai: 1, compliance_ethics: 1 },
    cardSections: L4_SECTIONS,
  },
  {
    level: 7,
    name: "Integrations",
    phase: "productization",
    keyDecision: null,
    criteria: [
      c("production_integration", "Integrated into the production system"),
      c("ml_test_score", "Test suites scored with the ML Test Score rubric"),
      c("critical_scenario_tests", "Critical-scenario and data-slice tests from the risk table"),
      c("golden_dataset_ci", "Golden dataset in CI/CD"),
      c("metamorphic_tests", "Metamorphic tests"),
      c("data_governance", "Data governance in place"),
    ],
    seats: { infrastructure_engineer: 1, applied_ai: 1, qa_engineer: 1 },
    cardSections: L4_SECTIONS,
  },
  {
    level: 8,
    name: "Flight-ready",
    phase: "productization",
    keyDecision: "deployment",
    criteria: [
      c("final_form", "Works in final form under expected conditions"),
      c("deployment_tests", "A/B, blue/green, shadow and canary tests"),
      c("cicd_stress_tests", "CI/CD stress tests"),
      c("requirements_walkthrough", "Walkthrough of every technical and product requirement with its validation"),
    ],
    seats: {
      research_lead: 1,
      applied_ai: 1,
      software_engineer: 1,
      infrastructure_engineer: 1,
      qa_engineer: 1,
      product_manager: 1,
    },
    cardSections: L4_SECTIONS,
  },
  {
    level: 9,
    name: "Deployment",
    phase: "deployment",
    keyDecision: null,
    criteria: [
      c("drift_monitoring", "Monitoring for data quality, data drift and concept drift"),
      c("continuous_evaluation", "Continuous evaluation with actuals"),
      c("outputs_logged", "Model outputs logged"),
    ],
    seats: {},
    cardSections: L4_SECTIONS,
  },
];

export const defaultLevelDefinitions: LevelDefinitions = {
  version: LEVEL_DEFINITIONS_VERSION,
  levels: levels.map((d) => ({
    ...d,
    chairConfirmation: defaultChairConfirmation(d.level),
    overdueDays: DEFAULT_OVERDUE_DAYS,
  })),
};

/** The definition of one level, or null when the set has none (validated sets always have 0–9). */
export function levelDefinition(defs: LevelDefinitions, level: number): LevelDefinition | null {
  return defs.levels.find((d) => d.level === level) ?? null;
}

/**
 * Days past a review's due date before it escalates: the level's `overdueDays` in the definitions
 * the review pinned, else the level's default. The one default: the reminders job has no other.
 */
export function overdueDaysOf(defs: LevelDefinitions | null, level: number): number {
  return (
    (defs ? levelDefinition(defs, level)?.overdueDays : undefined) ??
    levelDefinition(defaultLevelDefinitions, level)?.overdueDays ??
    DEFAULT_OVERDUE_DAYS
  );
}
