/** neuropathologyCopilot: its gated reviews, from request to decision and debrief. */
import { panelFor, seat } from "../../seats";
import type { ProjectSeed } from "../../types";

export const reviews: NonNullable<ProjectSeed["reviews"]> = [
  {
    level: 0,
    components: ["model"],
    author: "lena",
    status: "graduated",
    created: 712,
    opened: 708,
    decided: 700,
    panel: panelFor(0),
    evidence: {
      principles_plan:
        "Plan: a generative model whose decoder induces a Riemannian metric, so geodesic distances between tissue embeddings are meaningful (H1), and clusters align with tissue types without labels (H2). Literature: VAEs, Riemannian latent geometry, unsupervised histopathology.",
      data_readiness:
        "Public TCGA brain-tumour slides are available now; hospital slides need a data-sharing agreement and ethics approval (application filed).",
    },
    debrief: {
      accomplished:
        "Lena Okafor framed the manifold-geometry hypotheses and wrote the research plan; the literature review found no prior unsupervised tissue maps with meaningful distances.",
      punted: "Supervised baselines, to keep the question about unsupervised structure.",
      learned: "Data access, not modelling, is the long pole: start the hospital agreement now.",
      debt: "None yet; exploratory notebooks only.",
    },
  },
  {
    level: 1,
    components: ["model", "slides"],
    author: "jonas",
    status: "graduated",
    created: 652,
    opened: 648,
    decided: 640,
    panel: panelFor(1),
    evidence: {
      experiments_documented:
        "Experiment log: 42 runs on TCGA tiles, including the failed Euclidean-latent baseline (silhouette 0.21) and the geodesic variant (0.47).",
      semantic_versioning:
        "Model 0.2.0 and slide corpus 0.1.0 versioned; the card lists the dataset with its datasheet.",
    },
  },
  {
    level: 2,
    components: ["model", "slides"],
    author: "lena",
    status: "graduated",
    created: 568,
    opened: 565,
    decided: 555,
    panel: panelFor(2, [seat("samuel", "domain_expert")]),
    comments: {
      samuel:
        "The clusters on the 20 slides I reviewed match tissue types I would name; the uncertain regions are the ones I would look at twice.",
    },
    evidence: {
      claims_in_testbeds:
        "Toy-manifold testbed recovers known geodesics; on held-out TCGA tiles silhouette 0.52 and ECE 0.04 (requirements R1, R2).",
    },
    keyDecision: {
      decision: "path_a",
      note: "Path A: prototype the copilot towards L3. Manifold-geometry theory continues as lab publications, not as a separate project.",
    },
    debrief: {
      accomplished:
        "Research claims met on public data (Jonas Weber, Lena Okafor); a neuropathologist validated the clusters.",
      punted: "Rare-tumour evaluation: too few slides.",
      learned: "Stain normalisation matters more than model capacity.",
      debt: "Training code is notebook-shaped; to be refactored at L3.",
    },
  },
  {
    level: 3,
    components: ["model", "slides", "tiling", "viewer"],
    author: "jonas",
    status: "graduated",
    created: 450,
    opened: 445,
    decided: 430,
    panel: panelFor(3),
    evidence: {
      interfaces_dataflow: "Design doc: tiling pipeline → model service → viewer, with typed tile and map schemas.",
      models_data_versioned: "Model 1.0.0 in the registry; slide corpus 1.0.0 in DVC with its datasheet.",
    },
  },
  {
    level: 4,
    components: ["model", "slides", "tiling", "viewer"],
    author: "lena",
    status: "graduated",
    created: 350,
    opened: 345,
    decided: 320,
    panel: panelFor(4, [seat("samuel", "domain_expert")]),
    evidence: {
      real_scenario_demo: "PoC in routine sign-out at two hospitals (96 cases, two slide sources and scanners).",
      poc_metrics:
        "Silhouette 0.55 on hospital slides; 70 s per slide on the on-prem T4; pathologists decided 38% faster with unchanged accuracy.",
      security_privacy_risks: "On-premises processing and de-identification captured as requirement R5 (risk 1.5).",
      ethics_discussed:
        "Ethics of data collection and the risk of over-trust discussed; the human-in-the-loop requirement (R4) was written at this stage.",
    },
    keyDecision: {
      decision: "continue",
      note: "Continue to L5: the PoC showed value to neuropathologists; budget for the capability and application stages approved.",
    },
    debrief: {
      accomplished: "PoC at two hospitals (Lena Okafor, Jonas Weber) with pathologists from both sites.",
      punted: "Automated grading: out of scope for a copilot.",
      learned: "Pathologists trust the map more when they can see nearest annotated examples.",
      debt: "Viewer state handling is ad hoc; to be rewritten at L6.",
    },
  },
  {
    level: 5,
    components: ["model", "slides", "tiling", "viewer"],
    author: "lena",
    status: "open",
    created: 12,
    opened: 8,
    dueAfterDays: 14,
    panel: panelFor(5, [seat("samuel", "domain_expert")]),
    votedBy: ["ravi", "samuel"],
    comments: {
      ravi: "Capability boundaries and the research V&V are complete.",
      samuel: "The confidence display is usable; keep the override log.",
    },
    evidence: {
      capability_defined:
        "The copilot is a module of the hospitals' slide-review application: input a slide, output a tissue map with ranked regions and confidence.",
      working_group_named:
        "Working group: Lena Okafor (research), Jonas Weber (ML), the hospitals' digital-pathology engineers, and a product manager from the clinical apps team.",
    },
  },
];
