/**
 * The paper's first worked example and its Figure 3 TRL Card: an unsupervised generative vision
 * model that maps brain-tissue types on whole-slide images for neuropathologists (Naud & Lavin).
 * Began at L0 with theory of manifold geometries; at L5 it becomes a medical decision-making
 * tool, designed as a copilot with the expert always in the loop. Now: an L5 review is open.
 */
import { panelFor, seat } from "../seats";
import type { ProjectSeed } from "../types";

const code = "https://git.demo.mltrl.dev/health/neuro-copilot";

export const neuropathologyCopilot: ProjectSeed = {
  slug: "neuropathology-copilot",
  name: "Neuropathology copilot",
  description:
    "Human-in-the-loop machine vision for neuropathology: an unsupervised probabilistic generative model maps brain-tissue types on whole-slide images and picks the regions a neuropathologist should inspect, with calibrated confidence.",
  track: "product",
  index: 1,
  tags: ["healthcare", "vision", "medical-imaging", "human-in-the-loop"],
  created: 740,
  createdBy: "lena",
  owners: ["lena"],
  contributors: ["jonas"],
  target: { level: 6, inDays: 75 },

  components: [
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
  ],

  requirements: [
    {
      kind: "research",
      created: 600,
      owner: "lena",
      status: "validated",
      pFailure: 0.2,
      value: 9,
      statement:
        "The model shall embed slide tiles in a latent manifold whose geodesic distances separate the annotated tissue types (silhouette ≥ 0.5 on held-out slides).",
      verification:
        "Silhouette score and k-NN purity on held-out TCGA tiles, computed by the evaluation notebook for every model version.",
      validation:
        "Two neuropathologists judge, on 20 random slides, whether the clusters correspond to meaningful tissue types.",
    },
    {
      kind: "research",
      created: 590,
      owner: "jonas",
      status: "validated",
      pFailure: 0.3,
      value: 8,
      statement: "The model shall quantify per-tile uncertainty and propagate it to the visualisation.",
      verification:
        "Expected calibration error ≤ 0.05 of the posterior predictive on the toy-manifold testbed and on held-out tiles.",
      validation: "Pathologists confirm that low-confidence regions coincide with difficult or artefact-laden tissue.",
    },
    {
      kind: "technical",
      created: 440,
      owner: "jonas",
      status: "verified",
      pFailure: 0.35,
      value: 6,
      statement: "Inference shall finish within 90 s per slide (p95) on the hospital's on-premises GPU server.",
      verification: "Benchmark on the reference set of 40× slides on the on-premises T4 server, in CI.",
      validation: "Pathologists accept the waiting time in the PoC sessions.",
    },
    {
      kind: "technical",
      created: 385,
      owner: "lena",
      status: "validated",
      pFailure: 0.1,
      value: 10,
      statement:
        "The system shall keep a medical expert in the loop: it selects regions for inspection and never issues a diagnosis on its own.",
      verification:
        "API and UI review: no endpoint returns a diagnosis; every suggestion needs an accept or override, covered by integration tests.",
      validation:
        "Observed sessions with neuropathologists at both PoC sites confirm the workflow is collaborative, not automated.",
    },
    {
      kind: "technical",
      created: 378,
      owner: "jonas",
      status: "validated",
      pFailure: 0.15,
      value: 10,
      statement:
        "Patient data shall stay on premises; only de-identified tiles are processed and nothing leaves the hospital network.",
      verification: "Network egress tests and de-identification checks on slide headers and labels.",
      validation: "The hospital's information-security officer signs off the data flow.",
      evidenceLinks: [`${code}/-/wikis/security/data-flow`],
    },
    {
      kind: "technical",
      created: 370,
      owner: "jonas",
      status: "verified",
      pFailure: 0.4,
      value: 7,
      statement:
        "The pipeline shall detect stain and scanner shift against the training distribution (data invariants) and flag slides outside it.",
      verification:
        "Data-invariant tests on the three-site golden set: every out-of-distribution slide flagged, false-flag rate ≤ 5%.",
      validation: "Flags reviewed with the lab manager against the log of scanner changes.",
    },
    {
      kind: "product",
      created: 60,
      owner: "lena",
      status: "open",
      pFailure: 0.3,
      value: 9,
      statement:
        "The copilot shall expose confidence and sensitivity measures for every highlighted region to the end user.",
      verification: "UI tests: every highlighted region renders its confidence and sensitivity; API contract test.",
      validation:
        "Usability study with six neuropathologists: at least five interpret the confidence display correctly.",
    },
    {
      kind: "product",
      created: 55,
      owner: "jonas",
      status: "open",
      pFailure: 0.45,
      value: 8,
      statement:
        "Slides selected through the copilot shall not enter training data without review by the curation board (hidden feedback loop guard).",
      verification:
        "Lineage check in CI rejects training slides selected through the copilot unless the curation board approved them.",
      validation: "Quarterly audit with the curation board of the training set's composition by selection source.",
    },
  ],

  card: [
    {
      at: 735,
      by: "lena",
      summary: "Card started at L0.",
      patch: {
        tldr: "Unsupervised generative model that learns a **low-dimensional map of brain-tissue types** from whole-slide images, so that a neuropathologist can see at a glance which regions of a specimen deserve inspection. Research question at L0: can a Riemannian latent manifold make distances between tissue embeddings meaningful?",
        links: {
          code,
          project: "https://wiki.demo.mltrl.dev/health/neuro-copilot",
          requirements: `${code}/-/wikis/requirements`,
        },
        coupledComponents: "None yet (single research model).",
      },
    },
    {
      at: 662,
      by: "jonas",
      summary: "Data considerations for the L1 review.",
      patch: {
        dataFindings:
          "- Public TCGA slides are plentiful but come from few scanners; stain varies strongly between sites.\n- Tissue-type labels exist only at slide level; tile-level annotation needs neuropathologists' time (budgeted).\n- Pen marks and folds appear on ~8% of slides and must be removed before training.",
        dataSources: [
          {
            name: "TCGA LGG/GBM diagnostic slides",
            version: "0.2.0",
            owner: "Jonas Weber",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/tcga.md`,
          },
        ],
        trainingConditions:
          "256×256 tiles at 20×, Macenko stain normalisation, 120k tiles from 300 slides; Adam, 200 epochs on one V100; seeds fixed and logged.",
      },
    },
    {
      at: 575,
      by: "lena",
      summary: "Caveats and research requirements for the L2 review.",
      patch: {
        caveats:
          "- Results so far are on public data from few scanners: **generalisation to hospital slides is unproven**.\n- The manifold separates common tissue types; rare tumours are too few to evaluate.\n- Uncertainty is calibrated on the toy-manifold testbed only.",
      },
    },
    {
      at: 455,
      by: "lena",
      summary: "Model information and testing status for the L3 review.",
      patch: {
        modelInfo:
          "**For the pathologist:** the model looks at small square patches of a scanned slide and places each on a map where similar tissue lands close together. It was never told the tissue types; the groups emerge from the images. Each patch also gets a confidence: how sure the model is about where the patch belongs.\n\n**Technically:** a variational autoencoder whose decoder induces a Riemannian metric on the latent space; distances are geodesics, clusters come from a Gaussian mixture on the manifold. The posterior variance gives per-tile uncertainty, propagated to the visualisation.",
        testingStatus:
          "- Unit tests for tiling, metric computation and clustering (coverage of critical paths 85%).\n- Integration test from slide file to tissue map on 5 reference slides.\n- Silhouette and calibration checks run in CI for every model version.",
        coupledComponents:
          "Tiling pipeline → manifold model → tissue-map viewer; the slide corpus feeds training and tests.",
        dataSources: [
          {
            name: "TCGA LGG/GBM diagnostic slides",
            version: "0.2.0",
            owner: "Jonas Weber",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/tcga.md`,
          },
          {
            name: "Hospital A neurosurgical cohort",
            version: "1.0.0",
            owner: "Jonas Weber",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/hospital-a.md`,
          },
        ],
      },
    },
    {
      at: 355,
      by: "lena",
      summary: "Intended use, PoC findings and the hidden-feedback-loop caveat for the L4 review.",
      patch: {
        intendedUse:
          "A **copilot** for neuropathologists reviewing neurosurgical specimens: it highlights regions of a whole-slide image for inspection and shows how confident it is. The neuropathologist makes every decision.",
        unacceptableUse:
          "- Autonomous diagnosis or grading without a neuropathologist.\n- Use on cytology, frozen sections or stains other than H&E.\n- Use on slides from scanners outside the validated set without the invariant checks passing.",
        caveats:
          "- **Hidden feedback loop:** users may come to send the copilot the slides they find hardest, skewing the data it sees (and any data later used for retraining) away from the training distribution. Selection source is logged; retraining on copilot-selected slides needs curation-board review.\n- Healthcare processes can act as hidden confounders (e.g. which specimens reach neuropathology at each hospital).\n- Rare tumours remain under-represented; the map may place them with the nearest common type, at low confidence.",
        testingStatus:
          "- Unit and integration tests as at L3, plus data-invariant tests per site.\n- PoC at two hospitals: pathologists reached a decision 38% faster with unchanged accuracy (n = 96 cases).\n- Shadow testing and monitoring of data invariants planned for L7–8.",
      },
    },
    {
      at: 15,
      by: "lena",
      summary: "Three-site data v2.0.0 and the L5 capability for the open review.",
      patch: {
        tldr: "Human-in-the-loop **neuropathology copilot**: an unsupervised probabilistic generative model maps brain-tissue types on whole-slide images and queues the regions a neuropathologist should inspect, with calibrated confidence and sensitivity for each. Now an ML capability inside the hospitals' slide-review application (L5).",
        dataFindings:
          "- Stain and scanner variation dominate errors; the third site's scanner shifted colour statistics enough to trigger the invariants on 12% of slides before re-fitting.\n- Labels: two-annotator agreement κ = 0.81 on tissue type; disagreements are adjudicated and kept.\n- Rare tumours: 31 slides in total, used for testing only.\n- Hidden feedback risk: slides sent through the copilot are logged by selection source.",
        dataSources: [
          {
            name: "TCGA LGG/GBM diagnostic slides",
            version: "0.2.0",
            owner: "Jonas Weber",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/tcga.md`,
          },
          {
            name: "Three-site neurosurgical corpus",
            version: "2.0.0",
            owner: "Jonas Weber",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/three-site.md`,
          },
        ],
        trainingConditions:
          "Model 2.0.0 trained on corpus 2.0.0 (1,268 slides, 3 sites, 4 scanners): 20× tiles, stain-normalised per site, 1.1M tiles; 300 epochs on 4 A100s; posterior variance calibrated on a held-out site (ECE 0.03).",
        testingStatus:
          "- Unit, integration and data-invariant tests in CI on every commit.\n- Golden set of 60 slides across all sites and scanners, evaluated per version.\n- Usability sessions with six neuropathologists scheduled for the product requirement on confidence display.\n- Shadow testing alongside routine sign-out planned for L7–8.",
        intendedUse:
          "A **copilot inside the hospital's slide-review application**: for each neurosurgical H&E slide it shows a tissue map, highlights regions worth inspecting and ranks them by uncertainty. The neuropathologist accepts or overrides each suggestion; the copilot never reports a diagnosis. Automation may grow only with real-world validation, always keeping the expert in the loop.",
      },
    },
  ],

  ethics: {
    data_consent: {
      answer: "yes",
      note: "Public TCGA slides under their research terms; hospital slides under data-sharing agreements with ethics-board approval; patients consented to research use of archived tissue.",
    },
    bias_impact: {
      answer: "yes",
      note: "Performance reported per site, scanner and tumour grade; the three-site corpus was added because the single-site model under-performed on one scanner.",
    },
    privacy_security: {
      answer: "yes",
      note: "Slides are de-identified before tiling and processed on premises; no patient identifiers reach the model or the logs.",
    },
    transparency: {
      answer: "yes",
      note: "Each highlighted region shows its tissue cluster, confidence and nearest annotated examples; the card says what the map can and cannot tell.",
    },
    human_oversight: {
      answer: "yes",
      note: "Copilot, not automation: the neuropathologist decides, and every accept or override is logged.",
    },
    regulatory: {
      answer: "yes",
      note: "Research use only until the software-as-medical-device assessment; the regulatory pathway was reviewed with compliance.",
    },
    misuse: {
      answer: "yes",
      note: "Unacceptable uses (autonomous diagnosis, other stains or specimen types) are on the card and blocked in the viewer.",
    },
  },

  reviews: [
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
  ],
};
