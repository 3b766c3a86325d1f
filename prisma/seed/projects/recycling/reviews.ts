/** recyclingVision: its gated reviews, from request to decision and debrief. */
import { chair, panelFor, seat } from "../../seats";
import type { ProjectSeed } from "../../types";

export const reviews: NonNullable<ProjectSeed["reviews"]> = [
  {
    level: 2,
    components: ["synthetic"],
    author: "amara",
    status: "graduated",
    created: 630,
    opened: 625,
    decided: 612,
    panel: panelFor(2),
    evidence: {
      claims_in_testbeds:
        "Ablation on the real test set: rare-class recall 0.41 → 0.83 with synthetic data; common-class mAP −1.8 points (R1, R2).",
      analyses_reproducible:
        "Scene configs, seeds and generator 0.3.0 tagged; a second run reproduced the ablation within 0.5 points.",
    },
    keyDecision: {
      decision: "path_a",
      note: "Path A: build the generator into the prototype. Research on photorealistic rendering is deferred.",
    },
  },
  {
    level: 3,
    components: ["detector", "synthetic", "real", "logic"],
    author: "tomas",
    status: "graduated",
    created: 560,
    opened: 555,
    decided: 540,
    panel: panelFor(3),
  },
  {
    level: 3,
    components: ["real"],
    author: "amara",
    status: "graduated",
    created: 470,
    opened: 466,
    decided: 455,
    panel: panelFor(3),
    evidence: {
      unit_integration_tests:
        "New tests for label QA and the imbalance report; pipeline integration test on 5k beta photos.",
      models_data_versioned: "Real-data pipeline 0.2.0 with data 0.2.0 in DVC; imbalance report stored per version.",
    },
  },
  {
    level: 4,
    components: ["detector", "synthetic", "real", "logic"],
    author: "tomas",
    status: "graduated",
    created: 430,
    opened: 425,
    decided: 405,
    panel: panelFor(4),
    evidence: {
      real_scenario_demo: "PoC with 40 beta households in two cities, on TACO, beta photos and synthetic data.",
      poc_metrics: "mAP 0.71; 210 ms p95 on-device; 89% of items put in the correct bin (end-user metric).",
    },
    keyDecision: {
      decision: "continue",
      note: "Continue: the PoC beats the households' own sorting accuracy (78%) and the latency fits the phone budget.",
    },
    debrief: {
      accomplished:
        "PoC in two cities (Tomás Herrera, Amara Osei); label QA and re-weighting after the discovery switchback.",
      punted: "Industrial sorting lines: different problem, out of scope.",
      learned: "Data-readiness checks at L0–2 told us which synthetic images to make before we trained anything.",
      debt: "Glue code between detector and rules grew quickly; rewrite planned at L6.",
    },
  },
  {
    level: 5,
    components: ["detector", "synthetic", "real", "logic"],
    author: "tomas",
    status: "graduated",
    created: 340,
    opened: 335,
    decided: 320,
    panel: panelFor(5),
  },
  {
    level: 6,
    components: ["detector", "synthetic", "real", "logic"],
    author: "tomas",
    status: "returned",
    created: 250,
    opened: 245,
    decided: 232,
    panel: panelFor(6),
    notApplicable: {
      explanations_validated:
        "The user's task needs the item label and confidence, not a model explanation; both were validated in the L5 user study.",
    },
    returns: {
      ravi: [
        {
          text: "Add distribution-shift tests at the detector input, after the material classifier and at the user-confirmation step.",
          metric: "shift detectors in CI",
          target: "3 of 3 points",
          done: { at: 215, by: "amara", evidence: "Detectors merged and running in CI; see pipeline run 1182." },
        },
        {
          text: "Shadow-test the mixed real + synthetic model against production traffic before deployment planning.",
          metric: "agreement with the current model",
          target: "≥ 97% over two weeks",
          done: { at: 203, by: "amara", evidence: "Two-week shadow test: 97.8% agreement; disagreements reviewed." },
        },
      ],
      sofia: [
        {
          text: "Specify the on-device latency SLO and measure it on low-end phones.",
          metric: "p95 latency on a four-year-old Android phone",
          target: "≤ 300 ms",
          done: { at: 211, by: "tomas", evidence: "SLO in the spec; 240 ms p95 on the device farm." },
        },
      ],
    },
    comments: { nadia: "Product requirements are in good shape.", fatima: "Data-protection review is complete." },
    debrief: {
      accomplished:
        "Product-caliber rewrite of the sorting logic (Tomás Herrera); product requirements and SLOs drafted.",
      punted: "Staged rollout tooling, to L7.",
      learned:
        "Hidden degradation can sit behind user corrections: tests must watch every stage of the pipeline, not only the detector.",
      debt: "Shift tests were missing; three tasks to close before resubmitting.",
    },
  },
  {
    level: 6,
    components: ["detector", "synthetic", "real", "logic"],
    author: "tomas",
    status: "graduated",
    created: 190,
    opened: 185,
    decided: 170,
    panel: panelFor(6),
    notApplicable: {
      explanations_validated:
        "The user's task needs the item label and confidence, not a model explanation; both were validated in the L5 user study.",
    },
    evidence: {
      deployment_setting:
        "External deployment, on device; model shipped with the app, hard to update, hence the higher bar and the staged-rollout requirement.",
    },
    debrief: {
      accomplished: "All three tasks of the returned review closed (Amara Osei, Tomás Herrera).",
      punted: "Nothing new.",
      learned: "A clear task list with numbers made the resubmission quick.",
      debt: "Paid off: glue code replaced by a defined API.",
    },
  },
  {
    level: 7,
    components: ["detector", "synthetic", "real", "logic"],
    author: "tomas",
    status: "draft",
    created: 6,
    panel: [chair("diego", "infrastructure_engineer"), seat("ravi", "applied_ai")],
    pendingCriteria: ["metamorphic_tests", "data_governance"],
    unansweredEthics: ["regulatory"],
    evidence: {
      golden_dataset_ci: "Golden dataset 1.2.0 evaluated on every merge; regressions block release.",
    },
  },
];
