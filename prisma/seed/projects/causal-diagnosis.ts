/**
 * Causal, counterfactual diagnosis (Richens et al.): rank diseases by whether the symptoms would
 * be absent had the disease been cured. MLTRL's gates here: an identifiability proof to leave L0,
 * expert-elicited and independently evaluated causal structure to leave L1, documented bias
 * adjustment and sensitivity analysis to leave L2, consistency tests at the PoC. The L4 review
 * was returned; the project has been at L4 for months (the dashboard's stuck project).
 */
import { chair, panelFor, seat } from "../seats";
import type { ProjectSeed } from "../types";

const code = "https://git.demo.mltrl.dev/health/causal-dx";

export const causalDiagnosis: ProjectSeed = {
  slug: "causal-diagnosis",
  name: "Causal diagnosis model",
  description:
    "Counterfactual medical diagnosis: instead of ranking diseases by how well they correlate with the symptoms, ask whether the symptoms would not be present had a disease been cured. Built on a causal model of risk factors, diseases and symptoms elicited from doctors.",
  track: "research",
  index: 2,
  tags: ["healthcare", "causal-inference", "diagnosis"],
  created: 600,
  createdBy: "jonas",
  owners: ["jonas"],
  contributors: ["lena"],
  target: { level: 5, inDays: -20 },

  components: [
    {
      key: "model",
      name: "Counterfactual diagnostic model",
      kind: "model",
      description:
        "Ranks diseases by counterfactual measures (expected disablement and sufficiency): would the observed symptoms be absent had this disease been cured? Computed with twin networks over a noisy-OR causal model.",
      start: {
        level: 0,
        at: 600,
        by: "jonas",
        reason: "Counterfactual diagnosis needs an identifiability proof before any model is fit.",
      },
      initial: { code: "0.1.0", model: "0.1.0", data: "0.1.0" },
      bumps: [
        {
          at: 500,
          by: "jonas",
          code: "0.2.0",
          model: "0.1.0",
          data: "0.2.0",
          changelog: "Twin-network implementation of counterfactual queries.",
        },
        {
          at: 420,
          by: "jonas",
          code: "0.3.0",
          model: "0.2.0",
          data: "0.3.0",
          changelog: "Counterfactual ranking measures compared against posterior ranking on simulated cases.",
        },
        {
          at: 200,
          by: "lena",
          code: "1.0.0",
          model: "1.0.0",
          data: "1.0.0",
          changelog: "Prototype package with typed interfaces, tests and model registry entry.",
        },
        {
          at: 35,
          by: "jonas",
          code: "1.1.0",
          model: "1.1.0",
          data: "1.0.0",
          changelog: "Consistency experiments harness (returned L4 review).",
        },
      ],
    },
    {
      key: "graph",
      name: "Disease–risk factor–symptom causal graph",
      kind: "dataset",
      description:
        "Causal structure elicited from doctors, evaluated by independent groups of clinicians; every edge carries its provenance and review status.",
      start: {
        level: 0,
        at: 600,
        by: "jonas",
        reason: "Causal assumptions must be grounded before anything is learned.",
      },
      initial: { code: "0.1.0", model: "0.1.0", data: "0.1.0" },
      bumps: [
        {
          at: 505,
          by: "lena",
          code: "0.1.0",
          model: "0.1.0",
          data: "0.2.0",
          changelog: "Elicited graph: 800 diseases and symptoms; first independent review round.",
        },
        {
          at: 410,
          by: "lena",
          code: "0.2.0",
          model: "0.1.0",
          data: "1.0.0",
          changelog: "Second independent clinician group's review merged; edge provenance recorded.",
        },
      ],
    },
    {
      key: "bias",
      name: "Confounding-bias adjustment",
      kind: "algorithm",
      description:
        "Propensity-score matching for binary decisions and multi-stage models that follow the causal structure for continuous ones, with balance diagnostics and an alternative procedure when balance fails.",
      start: {
        level: 2,
        at: 455,
        by: "jonas",
        reason:
          "Bias adjustment is needed before leaving L2; the methods exist, their adequacy here is the proof-of-principle question.",
      },
      initial: { code: "0.1.0", model: "0.1.0", data: "0.1.0" },
      bumps: [
        {
          at: 190,
          by: "jonas",
          code: "1.0.0",
          model: "0.1.0",
          data: "0.1.0",
          changelog: "Prototype: matching, balance diagnostics and E-value sensitivity analysis as a package.",
        },
      ],
    },
    {
      key: "vignettes",
      name: "Clinical vignette evaluation set",
      kind: "dataset",
      description:
        "Vignettes written by doctors with gold-standard diagnoses: causal predictions cannot be validated with held-out observational data.",
      start: {
        level: 3,
        at: 330,
        by: "lena",
        reason: "Evaluation data assembled to prototype standard for the system-development stage.",
      },
      initial: { code: "0.1.0", model: "0.1.0", data: "1.0.0" },
      bumps: [
        {
          at: 40,
          by: "lena",
          code: "0.1.0",
          model: "0.1.0",
          data: "1.1.0",
          changelog: "400 new vignettes for the randomised evaluation asked for by the L4 panel.",
        },
      ],
    },
  ],

  requirements: [
    {
      kind: "research",
      created: 410,
      owner: "jonas",
      status: "validated",
      pFailure: 0.2,
      value: 10,
      statement:
        "The counterfactual query shall be identifiable from the declared causal structure, with a written proof.",
      verification: "Proof checked by two researchers outside the project.",
      validation:
        "Clinicians confirm the structural assumptions (noisy-OR, no unobserved disease–disease confounding) are plausible for primary care.",
    },
    {
      kind: "research",
      created: 405,
      owner: "jonas",
      status: "verified",
      pFailure: 0.35,
      value: 9,
      statement:
        "Residual confounding after adjustment shall be below a standardised mean difference of 0.1 on every covariate, or an alternative adjustment procedure used.",
      verification: "Balance diagnostics after matching, for every release.",
      validation: "An epidemiologist reviews the balance report.",
    },
    {
      kind: "research",
      created: 402,
      owner: "lena",
      status: "open",
      pFailure: 0.5,
      value: 9,
      statement: "Predictions shall be robust to plausible unobserved confounding (sensitivity analysis).",
      verification: "E-values for the top-ranked diagnoses on simulated and real cohorts.",
      validation: "Clinicians judge the remaining sensitivity acceptable for decision support.",
    },
    {
      kind: "research",
      created: 398,
      owner: "lena",
      status: "validated",
      pFailure: 0.2,
      value: 8,
      statement:
        "The evaluation metric shall be fixed at L2: top-k accuracy on doctor-written vignettes, compared with doctors' own accuracy.",
      verification: "Metric and protocol registered before any evaluation run.",
      validation: "Clinical advisors sign off the protocol.",
    },
    {
      kind: "technical",
      created: 160,
      owner: "jonas",
      status: "verified",
      pFailure: 0.4,
      value: 7,
      statement:
        "Structure learning shall be consistent: the distance to the elicited graph shall shrink as the sample size grows.",
      verification: "Consistency notebook on 10⁴ to 10⁶ simulated patients (structural Hamming distance).",
      validation: "Compared with the independent expert review on real data.",
    },
  ],

  card: [
    {
      at: 590,
      by: "jonas",
      summary: "Card started.",
      patch: {
        tldr: "Diagnosis as a **causal, counterfactual** question: rank diseases by whether the patient's symptoms would be absent had the disease been cured, rather than by correlation with the symptoms.",
        links: {
          code,
          project: "https://wiki.demo.mltrl.dev/health/causal-dx",
          requirements: `${code}/-/wikis/requirements`,
        },
        coupledComponents: "Causal graph → counterfactual model.",
      },
    },
    {
      at: 490,
      by: "lena",
      summary: "Data considerations for the L1 review.",
      patch: {
        dataFindings:
          "- The causal structure comes from doctors, not from data: elicitation protocol and independent review are the data-readiness work here.\n- Observational records are confounded by care pathways (who gets tested for what).\n- Rare diseases have few records; their edges rely on expert knowledge only.",
        dataSources: [
          {
            name: "Elicited causal graph",
            version: "0.2.0",
            owner: "Lena Okafor",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/graph.md`,
          },
          {
            name: "Observational primary-care records (research extract)",
            version: "0.1.0",
            owner: "Jonas Weber",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/records.md`,
          },
        ],
        trainingConditions:
          "Noisy-OR parameters fitted on the research extract with the elicited structure fixed; simulated cohorts of 10⁴–10⁶ patients from the fitted model for testbeds.",
      },
    },
    {
      at: 400,
      by: "jonas",
      summary: "Caveats and research requirements for the L2 review.",
      patch: {
        caveats:
          "- **Confounding cannot always be removed** in the observed data: the card lists the diseases where residual confounding remains.\n- Identifiability rests on the declared structure; missing edges would invalidate the counterfactual.\n- Sensitivity to unobserved confounders must pass before deployment (E-values).",
      },
    },
    {
      at: 180,
      by: "lena",
      summary: "Model information, testing status and intended use for the L3 review.",
      patch: {
        modelInfo:
          "**For a clinician:** for each candidate disease, the model asks: if we could cure this disease, would the patient's symptoms go away? Diseases that explain the symptoms rank high, even when they are less common than diseases that merely co-occur with them.\n\n**Technically:** twin networks over a noisy-OR causal model of risk factors → diseases → symptoms; counterfactual ranking measures; structure elicited from doctors, parameters fitted on observational data with confounding adjustment.",
        testingStatus:
          "- Unit tests for inference, matching and balance diagnostics.\n- Integration test on 200 vignettes.\n- Balance and sensitivity reports generated per release.",
        intendedUse:
          "Decision support for primary-care clinicians: a ranked differential diagnosis with the symptoms each disease explains.",
        unacceptableUse:
          "- Triage or diagnosis without a clinician.\n- Insurance or employment risk scoring.\n- Populations outside the primary-care setting it was elicited for.",
        coupledComponents: "Causal graph → counterfactual model ← bias adjustment; vignettes evaluate the model.",
      },
    },
  ],

  ethics: {
    data_consent: {
      answer: "yes",
      note: "Records come from a research database with approved access; vignettes are written by doctors, not taken from patients.",
    },
    bias_impact: {
      answer: "yes",
      note: "Accuracy compared across age, sex and prevalence strata; confounding that cannot be removed is declared on the card.",
    },
    privacy_security: {
      answer: "yes",
      note: "Pseudonymised records in a secure research environment; no record-level data leave it.",
    },
    transparency: {
      answer: "yes",
      note: "Each ranked disease comes with the counterfactual question answered and the symptoms it explains.",
    },
    human_oversight: { answer: "yes", note: "Decision support for clinicians only; the doctor makes the diagnosis." },
    regulatory: {
      answer: "yes",
      note: "Research use; the medical-device pathway will be assessed before any clinical pilot.",
    },
    misuse: {
      answer: "yes",
      note: "Unacceptable uses (triage without a clinician, insurance scoring) are stated on the card.",
    },
  },

  reviews: [
    {
      level: 0,
      components: ["model", "graph"],
      author: "jonas",
      status: "graduated",
      created: 560,
      opened: 556,
      decided: 545,
      panel: [chair("mei", "research_lead"), seat("kofi", "researcher")],
      evidence: {
        principles_plan:
          "Mathematical proof that the counterfactual query is identifiable from the declared structure (required to leave L0); literature on counterfactual inference and twin networks.",
        data_readiness:
          "Structure to be elicited from doctors; observational extract access approved; simulated cohorts for testbeds.",
      },
      debrief: {
        accomplished: "Identifiability proof written (Jonas Weber) and checked by Mei Tanaka and Kofi Mensah.",
        punted: "Continuous treatments; binary disease states only for now.",
        learned: "Stating the causal question precisely took longer than proving it.",
        debt: "None.",
      },
    },
    {
      level: 1,
      components: ["model", "graph"],
      author: "jonas",
      status: "graduated",
      created: 480,
      opened: 476,
      decided: 465,
      panel: [chair("mei", "research_lead"), seat("kofi", "researcher"), seat("samuel", "domain_expert")],
      evidence: {
        experiments_documented:
          "Causal relations between risk factors, diseases and symptoms elicited from doctors and evaluated by independent groups of clinicians; disagreements logged and resolved.",
        maths_reviewed: "Twin-network derivation reviewed by Kofi Mensah.",
      },
    },
    {
      level: 2,
      components: ["model", "graph", "bias"],
      author: "jonas",
      status: "graduated",
      created: 398,
      opened: 395,
      decided: 380,
      panel: [chair("mei", "research_lead"), seat("kofi", "researcher")],
      evidence: {
        claims_in_testbeds:
          "On simulated cohorts the counterfactual ranking beats posterior ranking; after matching every covariate has SMD < 0.1; sensitivity analysis (E-values) documented.",
        analyses_reproducible:
          "Simulation seeds, graph 1.0.0 and the extract version pinned; Lena Okafor reproduced every table.",
      },
      keyDecision: {
        decision: "path_a",
        note: "Path A: prototype development. The evaluation metric (top-k on vignettes against doctors) is fixed now.",
      },
    },
    {
      level: 3,
      components: ["model", "graph", "bias", "vignettes"],
      author: "lena",
      status: "graduated",
      created: 175,
      opened: 170,
      decided: 155,
      panel: panelFor(3),
    },
    {
      level: 4,
      components: ["model", "graph", "bias", "vignettes"],
      author: "jonas",
      status: "returned",
      created: 62,
      opened: 58,
      decided: 45,
      panel: panelFor(4, [seat("samuel", "domain_expert")]),
      evidence: {
        real_scenario_demo: "Evaluated on doctor-written vignettes and on the observational extract (two datasets).",
        poc_metrics:
          "Top-3 accuracy 77% vs 72% for doctors on 1,671 vignettes; 40 ms per case on CPU; clinicians' rating of explanations 4.1/5.",
        ethics_discussed: "Harms of over-trust and of declared residual confounding discussed with the panel.",
      },
      returns: {
        ravi: [
          {
            text: "Quantify consistency: show that structure learning converges to the elicited graph as the sample size grows.",
            metric: "structural Hamming distance vs sample size",
            target: "monotone decrease; SHD ≤ 5 at n = 10⁶",
            done: {
              at: 30,
              by: "jonas",
              evidence: "Consistency notebook 1.1.0: SHD 14 → 3 from 10⁴ to 10⁶ simulated patients.",
            },
          },
          {
            text: "Run the sensitivity analysis against unobserved confounders on the real cohort, not only on simulated ones.",
            metric: "E-value of the top-1 diagnosis",
            target: "≥ 2 for 95% of vignettes",
          },
        ],
        nadia: [
          {
            text: "Run a randomised vignette evaluation: held-out observational tests cannot validate causal predictions.",
            metric: "vignettes randomly allocated to model-assisted vs unassisted doctors",
            target: "n ≥ 400",
            done: {
              at: 25,
              by: "lena",
              evidence: "400 new vignettes written (data 1.1.0); allocation protocol registered.",
            },
          },
        ],
        samuel: [
          {
            text: "List on the card the diseases where confounding cannot be removed, and what the model must not be used for there.",
          },
        ],
      },
      debrief: {
        accomplished:
          "PoC on vignettes and real records (Jonas Weber, Lena Okafor): better than doctors on top-3 accuracy.",
        punted: "Continuous treatment decisions (multi-stage models) until the binary case passes L4.",
        learned:
          "PoC tests for causal models must go beyond held-out accuracy: consistency and sensitivity are the real gates.",
        debt: "Sensitivity analysis only on simulated cohorts so far.",
      },
    },
  ],
};
