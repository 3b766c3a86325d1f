/** The components of neuropathologyCopilot and their history (levels, versions, switchbacks). */
import type { ProjectSeed } from "../../types";

export const components: NonNullable<ProjectSeed["components"]> = [
  {
    key: "model",
    name: "Tissue manifold model",
    kind: "model",
    description:
      "Variational autoencoder with a learned Riemannian latent manifold: embeds 256×256 tiles of whole-slide images in a low-dimensional map of tissue types, with per-tile posterior uncertainty.",
    start: {
      level: 0,
      at: 740,
      by: "lena",
      reason: "Theoretical ML work on manifold geometries of generative latent spaces.",
    },
    initial: { code: "0.1.0", model: "0.1.0", data: "0.1.0" },
    bumps: [
      {
        at: 660,
        by: "lena",
        code: "0.2.0",
        model: "0.2.0",
        data: "0.1.0",
        changelog: "Geodesic distances on the decoder-induced metric; first weights trained on the TCGA pilot tiles.",
      },
      {
        at: 600,
        by: "jonas",
        code: "0.3.0",
        model: "0.3.0",
        data: "0.2.0",
        changelog: "Toy-manifold testbed and a reproducible training configuration.",
      },
      {
        at: 470,
        by: "jonas",
        code: "1.0.0",
        model: "1.0.0",
        data: "1.0.0",
        changelog: "Prototype package: typed interfaces, unit tests, model registry entry.",
      },
      {
        at: 380,
        by: "lena",
        code: "1.1.0",
        model: "1.2.0",
        data: "1.1.0",
        changelog: "Fine-tuned on the first hospital cohort; calibrated per-tile uncertainty for the PoC.",
      },
      {
        at: 120,
        by: "jonas",
        code: "1.2.0",
        model: "2.0.0",
        data: "2.0.0",
        changelog:
          "Retrained on the three-site corpus v2.0.0; posterior variance replaces MC dropout as the confidence signal.",
      },
    ],
  },
  {
    key: "slides",
    name: "Whole-slide image corpus",
    kind: "dataset",
    description:
      "De-identified H&E whole-slide images of neurosurgical specimens with tissue-type annotations by neuropathologists; datasheet kept with each version.",
    start: { level: 1, at: 690, by: "jonas", reason: "Dataset versioning starts with goal-oriented research (L1)." },
    initial: { code: "0.1.0", model: "0.1.0", data: "0.1.0" },
    bumps: [
      {
        at: 620,
        by: "jonas",
        code: "0.1.0",
        model: "0.1.0",
        data: "0.2.0",
        changelog: "TCGA LGG/GBM diagnostic slides added (public, research use).",
      },
      {
        at: 465,
        by: "jonas",
        code: "0.2.0",
        model: "0.1.0",
        data: "1.0.0",
        changelog: "First hospital cohort (412 slides), annotated by two neuropathologists; datasheet v1.",
      },
      {
        at: 372,
        by: "jonas",
        code: "0.2.0",
        model: "0.1.0",
        data: "1.1.0",
        changelog: "Second PoC site added; scanner and stain metadata per slide.",
      },
      {
        at: 125,
        by: "jonas",
        code: "0.3.0",
        model: "0.1.0",
        data: "2.0.0",
        changelog: "Three-site corpus (1,268 slides); stain-variation and rare-tumour slices for testing.",
      },
    ],
  },
  {
    key: "tiling",
    name: "WSI tiling and stain normalisation",
    kind: "data_pipeline",
    description:
      "Tiles whole-slide images at 20×, removes background and pen marks, normalises stain, and checks data invariants (scanner, stain, resolution) against the training distribution.",
    start: {
      level: 3,
      at: 520,
      by: "jonas",
      reason: "Written to prototype caliber for system development; no research questions of its own.",
    },
    initial: { code: "0.3.0", model: "0.1.0", data: "1.0.0" },
    bumps: [
      {
        at: 450,
        by: "jonas",
        code: "0.4.0",
        model: "0.1.0",
        data: "1.0.0",
        changelog: "Pen-mark removal and per-slide QC report.",
      },
      {
        at: 370,
        by: "jonas",
        code: "1.0.0",
        model: "0.1.0",
        data: "1.1.0",
        changelog: "Data-invariant checks for stain and scanner shift; runs on the on-premises server.",
      },
      {
        at: 124,
        by: "jonas",
        code: "1.1.0",
        model: "0.1.0",
        data: "2.0.0",
        changelog: "Supports the third site's scanner format; invariants re-fitted on corpus v2.0.0.",
      },
    ],
  },
  {
    key: "viewer",
    name: "Copilot tissue-map viewer",
    kind: "software_module",
    description:
      "Shows the tissue map over the slide with per-region confidence and sensitivity, and queues uncertain regions for the neuropathologist to inspect, accept or override.",
    start: { level: 3, at: 480, by: "lena", reason: "Visualisation component built directly as a prototype." },
    initial: { code: "0.1.0", model: "0.1.0", data: "0.1.0" },
    bumps: [
      {
        at: 365,
        by: "lena",
        code: "0.5.0",
        model: "0.1.0",
        data: "0.1.0",
        changelog: "Confidence overlay and queue of regions for expert inspection.",
      },
      {
        at: 110,
        by: "lena",
        code: "1.0.0",
        model: "0.1.0",
        data: "0.1.0",
        changelog: "Fixes from the pathologist sessions; every accept/override is logged for audit.",
      },
    ],
  },
];
