/**
 * Evidence notes for gate criteria that a project file does not spell out itself. Each note says
 * where a reviewer finds the evidence, as a real team's checklist would; project files override
 * them where the paper tells the specific story.
 */
const NOTES: Record<string, string> = {
  // L0
  principles_plan:
    "Research plan with hypotheses and a literature review linked from the TRL Card; discussed with the lab lead.",
  data_readiness:
    "Data-readiness notes on the card: which data exist, who owns them, and what access still needs agreeing.",
  card_started: "TRL Card created with TL;DR, owners and links.",
  // L1
  experiments_documented:
    "Experiment log with every run (including negative results) and its analysis in the project notebook.",
  maths_reviewed: "Derivations reviewed by a second researcher; comments resolved in the review thread.",
  semantic_versioning: "Code, model and data carry x.y.z versions; the card's data sources list them.",
  // L2
  research_requirements: "Research requirements document with a verification and a validation step per requirement.",
  claims_in_testbeds:
    "Claims from L0–1 reproduced in the testbed on simulated or surrogate data; results table on the card.",
  analyses_reproducible:
    "One-command reproduction from a tagged commit and versioned data; a second team member re-ran it.",
  // L3
  interfaces_dataflow: "Design doc with module interfaces and dataflow diagram, reviewed before implementation.",
  unit_integration_tests: "Unit and integration tests run in CI on every merge request.",
  style_standards: "Formatter and linter enforced in CI; no open style exceptions.",
  code_documented: "README, module docstrings and an architecture page in the wiki.",
  models_data_versioned: "Model artefacts and datasets tracked with DVC; tags match the component versions.",
  // L4
  real_scenario_demo: "Proof of concept run on real data from more than one source; demo recording and results linked.",
  poc_metrics: "PoC report with model quality, compute cost and an end-user metric.",
  real_data_readiness: "Real-world data reviewed for quality, validity and availability; gaps logged as requirements.",
  security_privacy_risks: "Security and privacy risks entered as requirements with pFailure × value risk scores.",
  ethics_discussed:
    "Ethics of data collection and potential harm discussed with the panel; notes in the ethics checklist.",
  // L5
  capability_defined: "Capability defined as a module of the larger application, with its inputs, outputs and owner.",
  research_vv_completed: "Every research requirement's V&V step completed and marked on the requirements page.",
  product_requirements_drafted: "Product requirements with V&V drafted with the product manager.",
  working_group_named:
    "Interdisciplinary working group named on the project page (research, applied AI, engineering, product).",
  // L6
  product_caliber_code:
    "Specification, comprehensive tests and versioned API; coverage of critical paths reported in CI.",
  explanations_validated: "Explanations tested with end users in a moderated session; findings on the card.",
  sla_slo_pipeline_spec: "SLA/SLO and the data-pipeline specification agreed with the platform team.",
  deployment_setting: "Deployment setting (serving mode, hosting, data access) documented in the product requirements.",
  regulatory_compliance: "Regulatory and data-protection review completed by compliance.",
  // L7
  production_integration: "Integrated behind a feature flag in the production system; integration runbook linked.",
  ml_test_score: "ML Test Score rubric completed; score and gaps recorded on the card.",
  critical_scenario_tests: "Critical-scenario and data-slice tests derived from the risk table run in CI.",
  golden_dataset_ci: "Golden dataset versioned and evaluated in CI/CD; regressions fail the pipeline.",
  metamorphic_tests: "Codified metamorphic relations run as tests on every model release.",
  data_governance: "Data governance: how data is obtained, stored, used and secured, approved by the data owner.",
  // L8
  final_form: "Runs in final form under expected conditions in the staging environment.",
  deployment_tests: "A/B, blue/green, shadow and canary tests completed; reports linked.",
  cicd_stress_tests: "CI/CD stress tests of the system and ML components scheduled and passing.",
  requirements_walkthrough: "Walkthrough of every technical and product requirement with its validation, minuted.",
};

export function defaultEvidence(criterionKey: string): string {
  const note = NOTES[criterionKey];
  if (!note)
    throw new Error(
      `Seed: no default evidence note for gate criterion "${criterionKey}"; add one to prisma/seed/defaults.ts or to the review.`,
    );
  return note;
}
