/** The components of causalDiagnosis and their history (levels, versions, switchbacks). */
import type { ProjectSeed } from "../../types";

export const components: NonNullable<ProjectSeed["components"]> = [
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
];
