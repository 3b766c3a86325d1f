/**
 * The paper's consumer computer-vision example (Figure 4): an app for automated recycling whose
 * detector is trained on real images, user annotations and synthetic images from Unity
 * Perception with structured domain randomization. Shows a pretrained model starting at L3, a
 * discovery switchback (class imbalance and noisy labels found in the PoC), a returned L6 review
 * (distribution-shift and shadow tests), and a draft L7 review being prepared now.
 */
import { chair, panelFor, seat } from "../seats";
import type { ProjectSeed } from "../types";

const code = "https://git.demo.mltrl.dev/consumer/recycling-vision";

export const recyclingVision: ProjectSeed = {
  slug: "recycling-vision",
  name: "Recycling vision app",
  description:
    "Phone app that recognises waste items and recommends the right bin. Its detector is trained on open benchmark images, user-annotated photos and synthetic images generated with Unity Perception and structured domain randomization.",
  track: "product",
  index: 2,
  tags: ["vision", "synthetic-data", "consumer", "sustainability"],
  created: 700,
  createdBy: "tomas",
  owners: ["tomas"],
  contributors: ["amara"],
  target: { level: 8, inDays: 120 },

  components: [
    {
      key: "detector",
      name: "Waste-item detector",
      kind: "model",
      description:
        "Object detector fine-tuned from a pretrained backbone to locate and classify recyclables (PET, HDPE, glass, aluminium, paper, residual) in phone photos.",
      start: {
        level: 3,
        at: 700,
        by: "tomas",
        reason: "Off-the-shelf pretrained detector: enters MLTRL at L3 for V&V on our data and use-case.",
      },
      initial: { code: "0.1.0", model: "0.1.0", data: "0.1.0" },
      bumps: [
        {
          at: 600,
          by: "tomas",
          code: "0.2.0",
          model: "0.2.0",
          data: "0.3.0",
          changelog: "Fine-tuned on TACO plus synthetic set 0.3.0.",
        },
        {
          at: 440,
          by: "amara",
          code: "1.0.0",
          model: "1.0.0",
          data: "1.0.0",
          changelog: "Mixed real + synthetic training with a class-balanced sampler; PoC release.",
        },
        {
          at: 290,
          by: "tomas",
          code: "1.1.0",
          model: "1.1.0",
          data: "1.1.0",
          changelog: "Product API; confidence threshold for asking the user.",
        },
        {
          at: 200,
          by: "amara",
          code: "1.2.0",
          model: "1.2.0",
          data: "1.2.0",
          changelog: "Shift detectors at three points of the pipeline; recalibrated after the shadow test.",
        },
        {
          at: 60,
          by: "tomas",
          code: "1.3.0",
          model: "1.2.0",
          data: "1.2.0",
          changelog: "Integration build for the production app; golden dataset 1.2 evaluated in CI.",
        },
      ],
    },
    {
      key: "synthetic",
      name: "Synthetic image generator",
      kind: "data_pipeline",
      description:
        "Unity Perception scenes with structured domain randomization (lighting, clutter, deformation, backgrounds) producing labelled images of waste items, including rare classes.",
      start: {
        level: 2,
        at: 690,
        by: "amara",
        reason:
          "Data-readiness review showed rare classes (crushed cans, clear glass) missing from real data; generating them is a proof-of-principle question first.",
      },
      initial: { code: "0.1.0", model: "0.1.0", data: "0.1.0" },
      bumps: [
        {
          at: 645,
          by: "amara",
          code: "0.2.0",
          model: "0.1.0",
          data: "0.2.0",
          changelog: "Structured domain randomization of clutter and lighting.",
        },
        {
          at: 598,
          by: "amara",
          code: "0.3.0",
          model: "0.1.0",
          data: "0.3.0",
          changelog: "Deformable cans and transparent-material shaders; 60k labelled images.",
        },
        {
          at: 345,
          by: "amara",
          code: "1.0.0",
          model: "0.1.0",
          data: "1.0.0",
          changelog: "Generator as a versioned service with scene configs under version control.",
        },
      ],
    },
    {
      key: "real",
      name: "Real and user-annotated image pipeline",
      kind: "data_pipeline",
      description:
        "Ingests open benchmark images (TACO) and beta users' photos with their corrections: deduplication, blur of faces, two-annotator label QA and a class-imbalance report.",
      start: {
        level: 3,
        at: 680,
        by: "tomas",
        reason: "Standard ingestion code, written to prototype caliber from the start.",
      },
      initial: { code: "0.1.0", model: "0.1.0", data: "0.1.0" },
      bumps: [
        {
          at: 490,
          by: "tomas",
          code: "0.2.0",
          model: "0.1.0",
          data: "0.2.0",
          changelog: "Two-annotator label QA (κ ≥ 0.8) and per-class imbalance report.",
        },
        {
          at: 300,
          by: "tomas",
          code: "1.0.0",
          model: "0.1.0",
          data: "1.0.0",
          changelog: "Pipeline spec v1 with SLOs; CI/CD checks for imbalance and annotation noise.",
        },
      ],
    },
    {
      key: "logic",
      name: "Sorting logic and user-input flow",
      kind: "software_module",
      description:
        "Combines detector output, the material classifier and the user's confirmation into a bin recommendation following local rules (Figure 4a).",
      start: { level: 3, at: 670, by: "tomas", reason: "Application logic, prototype from the start." },
      initial: { code: "0.1.0", model: "0.1.0", data: "0.1.0" },
      bumps: [
        {
          at: 436,
          by: "tomas",
          code: "0.5.0",
          model: "0.1.0",
          data: "0.1.0",
          changelog: "Municipal rule tables for ten cities; user-confirmation prompt.",
        },
        {
          at: 210,
          by: "tomas",
          code: "1.0.0",
          model: "0.1.0",
          data: "0.1.0",
          changelog: "Product-caliber rewrite with defined API; latency SLO met on low-end phones.",
        },
      ],
    },
  ],

  switchbacks: [
    {
      kind: "discovery",
      component: "real",
      toLevel: 3,
      at: 505,
      by: "amara",
      reason:
        "PoC on real photos found heavy class imbalance (residual 61%, glass 3%) and imperfect user annotations (14% label disagreement); the pipeline needs label QA and re-weighting before it can support the PoC.",
    },
  ],

  requirements: [
    {
      kind: "research",
      created: 650,
      owner: "amara",
      status: "validated",
      pFailure: 0.3,
      value: 8,
      statement:
        "Synthetic images shall close the rare-class gap: detector recall on rare classes (clear glass, crushed cans) ≥ 0.8 when trained with synthetic data.",
      verification: "Per-class recall on the held-out real test set, with and without synthetic data (ablation).",
      validation: "Beta users' correction rate on rare classes drops by at least 30%.",
    },
    {
      kind: "research",
      created: 648,
      owner: "amara",
      status: "validated",
      pFailure: 0.25,
      value: 7,
      statement:
        "The sim-to-real gap shall be measured: on common classes, mAP with synthetic data shall not drop more than 5 points below a real-only baseline.",
      verification: "mAP per class on the real test set for both training mixes.",
      validation: "Failure cases reviewed with the product team for visible artefacts of synthetic training.",
    },
    {
      kind: "technical",
      created: 550,
      owner: "tomas",
      status: "validated",
      pFailure: 0.4,
      value: 7,
      statement: "The detector shall run on-device with p95 latency ≤ 300 ms on a four-year-old mid-range phone.",
      verification: "Device-farm benchmark in CI for every model version.",
      validation: "Beta session abandonment does not rise after model releases.",
    },
    {
      kind: "technical",
      created: 545,
      owner: "amara",
      status: "verified",
      pFailure: 0.35,
      value: 8,
      statement:
        "Distribution-shift tests shall run at the detector input, after the material classifier and at user confirmation.",
      verification: "Shift-detector unit tests and CI checks on the golden set.",
      validation: "Shadow test on live traffic: alarms match real distribution changes.",
    },
    {
      kind: "technical",
      created: 500,
      owner: "tomas",
      status: "verified",
      pFailure: 0.3,
      value: 6,
      statement: "Class imbalance and annotation noise of the real data shall be monitored in CI/CD.",
      verification: "Class histogram and two-annotator agreement checks in the pipeline; fail below κ 0.8.",
      validation:
        "Deployment engineers confirm the alerts are actionable (they learned of the bias from the TRL Card at L2).",
    },
    {
      kind: "product",
      created: 338,
      owner: "tomas",
      status: "verified",
      pFailure: 0.3,
      value: 9,
      statement:
        "The app shall recommend the correct bin for at least 92% of items in the ten most common local waste categories.",
      verification: "Evaluation on the golden dataset against each municipality's rules.",
      validation: "Field trial: municipal sorting audit of 500 items from beta households.",
    },
    {
      kind: "product",
      created: 336,
      owner: "amara",
      status: "validated",
      pFailure: 0.2,
      value: 6,
      statement: "Uncertain items (confidence below 0.6) shall ask the user to confirm instead of recommending a bin.",
      verification: "UI tests of the threshold behaviour.",
      validation: "User study: at least 80% of participants find the confirmation prompt helpful.",
    },
    {
      kind: "product",
      created: 180,
      owner: "tomas",
      status: "open",
      pFailure: 0.35,
      value: 8,
      statement:
        "Model updates shall ship through a staged rollout (1% → 10% → 100%) with automatic rollback on metric regression, since the on-device model is hard to update.",
      verification: "Release-pipeline test of rollout and rollback.",
      validation: "Release managers rehearse a rollback on the beta channel.",
    },
  ],

  card: [
    {
      at: 695,
      by: "tomas",
      summary: "Card started.",
      patch: {
        tldr: "Phone app that **recognises waste items and recommends the right bin**. A pretrained detector is adapted to our classes with real photos and synthetic images, because the data-readiness review showed rare classes are missing from real data.",
        links: {
          code,
          project: "https://wiki.demo.mltrl.dev/consumer/recycling",
          requirements: `${code}/-/wikis/requirements`,
        },
        coupledComponents: "Detector ← real-image pipeline + synthetic generator; detector → sorting logic.",
      },
    },
    {
      at: 646,
      by: "amara",
      summary: "Data considerations and caveats for the synthetic-data L2 review.",
      patch: {
        dataFindings:
          "- Real benchmark data (TACO) is imbalanced and has almost no crushed cans or clear glass.\n- Synthetic scenes cover rare classes; structured domain randomization varies clutter, lighting and deformation.\n- We assume bias in real sources (imbalance, imperfect annotations) and will test for it.",
        dataSources: [
          {
            name: "TACO (open benchmark)",
            version: "0.1.0",
            owner: "Tomás Herrera",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/taco.md`,
          },
          {
            name: "Synthetic waste scenes (Unity Perception)",
            version: "0.2.0",
            owner: "Amara Osei",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/synthetic.md`,
          },
        ],
        trainingConditions:
          "Detector fine-tuned at 640 px from a COCO-pretrained backbone; mixes of real:synthetic from 1:0 to 1:3 compared.",
        caveats:
          "- Sim-to-real gap: synthetic textures can teach shortcuts; every claim is checked on real images only.\n- Real data bias (class imbalance, label noise) must be monitored in deployment, not only in R&D.",
      },
    },
    {
      at: 565,
      by: "tomas",
      summary: "Model information and testing status for the L3 review.",
      patch: {
        modelInfo:
          "**For a non-ML reviewer:** the app finds each item in the photo and names its material. It learned from real photos and from computer-generated images of rare items. When unsure, it asks the user.\n\n**Technically:** single-stage detector fine-tuned from COCO weights, followed by a material classifier; trained on real + synthetic mixes (1:2 works best).",
        testingStatus:
          "- Unit tests for pre-processing, post-processing and rules.\n- Integration test: photo → bin recommendation on 200 reference photos.\n- Per-class metrics on the real test set in CI.",
      },
    },
    {
      at: 432,
      by: "tomas",
      summary: "Intended use and PoC results for the L4 review.",
      patch: {
        intendedUse:
          "Helps households sort waste correctly by recommending a bin for a photographed item, following the rules of the user's municipality.",
        unacceptableUse:
          "- Industrial sorting lines (different cameras and speeds; not validated).\n- Enforcement or fines based on households' photos.\n- Any use that uploads photos without opt-in.",
        testingStatus:
          "- Unit and integration tests as at L3.\n- PoC with 40 beta households in two cities: 89% correct bins, 210 ms p95 on-device.\n- Label QA and imbalance checks added after the discovery switchback.",
      },
    },
    {
      at: 195,
      by: "amara",
      summary: "Shift tests and shadow results after the returned L6 review.",
      patch: {
        testingStatus:
          "- Product-caliber test suite: 92% line coverage of the app logic, contract tests of the detector API.\n- Distribution-shift tests at three points (detector input, material classifier, user confirmation).\n- Shadow test on two weeks of beta traffic: 97.8% agreement with the previous model.\n- On-device latency 240 ms p95 on the reference low-end phone.",
        caveats:
          "- Sim-to-real gap remains for transparent plastics; confidence is lower there and the app asks the user.\n- A slight degradation of the detector can hide behind user corrections and surface later on uncommon images: monitoring at every stage of the pipeline is required.\n- Real data bias (imbalance, label noise) is monitored in CI/CD.",
      },
    },
    {
      at: 20,
      by: "tomas",
      summary: "Integration status for the L7 review in preparation.",
      patch: {
        dataSources: [
          {
            name: "TACO (open benchmark)",
            version: "0.1.0",
            owner: "Tomás Herrera",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/taco.md`,
          },
          {
            name: "Beta users' photos and corrections",
            version: "1.0.0",
            owner: "Tomás Herrera",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/beta-users.md`,
          },
          {
            name: "Synthetic waste scenes (Unity Perception)",
            version: "1.0.0",
            owner: "Amara Osei",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/synthetic.md`,
          },
          {
            name: "Golden dataset",
            version: "1.2.0",
            owner: "Amara Osei",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/golden.md`,
          },
        ],
        trainingConditions:
          "Detector 1.2.0: real (TACO + beta photos 1.0.0) and synthetic 1.0.0 at 1:2, class-balanced sampling, 640 px, 80 epochs on 2 A100s; calibrated with temperature scaling on beta photos.",
      },
    },
  ],

  ethics: {
    data_consent: {
      answer: "yes",
      note: "TACO images are CC BY; beta users opt in to sharing photos and corrections; faces are blurred on the device.",
    },
    bias_impact: {
      answer: "yes",
      note: "Regional packaging differences assessed with per-city slices; class imbalance documented and monitored.",
    },
    privacy_security: {
      answer: "yes",
      note: "Photos are processed on the device; uploads are opt-in and stripped of location metadata.",
    },
    transparency: {
      answer: "yes",
      note: "The app shows the detected item and its confidence; uncertain items ask the user.",
    },
    human_oversight: { answer: "yes", note: "The user confirms the bin; municipal rules always override the model." },
    regulatory: {
      answer: "yes",
      note: "Data-protection review of photo uploads completed; no sector regulation applies.",
    },
    misuse: {
      answer: "yes",
      note: "Surveillance of households excluded by on-device processing and the unacceptable-use list.",
    },
  },

  reviews: [
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
  ],
};
