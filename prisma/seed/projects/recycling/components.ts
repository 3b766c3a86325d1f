/** The components of recyclingVision and their history (levels, versions, switchbacks). */
import type { ProjectSeed } from "../../types";

export const components: NonNullable<ProjectSeed["components"]> = [
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
];

export const switchbacks: NonNullable<ProjectSeed["switchbacks"]> = [
  {
    kind: "discovery",
    component: "real",
    toLevel: 3,
    at: 505,
    by: "amara",
    reason:
      "PoC on real photos found heavy class imbalance (residual 61%, glass 3%) and imperfect user annotations (14% label disagreement); the pipeline needs label QA and re-weighting before it can support the PoC.",
  },
];
