/** neuropathologyCopilot: requirements, TRL card sections and the ethics checklist. */
import type { ProjectSeed } from "../../types";

const code = "https://git.demo.mltrl.dev/health/neuro-copilot";

export const requirements: NonNullable<ProjectSeed["requirements"]> = [
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
    validation: "Usability study with six neuropathologists: at least five interpret the confidence display correctly.",
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
];

export const card: NonNullable<ProjectSeed["card"]> = [
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
];

export const ethics: NonNullable<ProjectSeed["ethics"]> = {
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
};
