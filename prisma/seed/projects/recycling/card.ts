/** recyclingVision: requirements, TRL card sections and the ethics checklist. */
import type { ProjectSeed } from "../../types";

const code = "https://git.demo.mltrl.dev/consumer/recycling-vision";

export const requirements: NonNullable<ProjectSeed["requirements"]> = [
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
];

export const card: NonNullable<ProjectSeed["card"]> = [
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
];

export const ethics: NonNullable<ProjectSeed["ethics"]> = {
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
};
