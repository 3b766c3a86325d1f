/** causalDiagnosis: its gated reviews, from request to decision and debrief. */
import { chair, panelFor, seat } from "../../seats";
import type { ProjectSeed } from "../../types";

export const reviews: NonNullable<ProjectSeed["reviews"]> = [
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
];
