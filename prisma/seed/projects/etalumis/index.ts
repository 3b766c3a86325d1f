/**
 * Etalumis ("simulate" backwards): probabilistic programming that inverts the SHERPA particle
 * physics simulator by Bayesian inference, keeping its million-line codebase intact through an
 * execution protocol that reroutes random draws. HPC on NERSC's Cori throughout. The paper's
 * embedded switchback 4 → 2 sends the inference engine back to develop amortized inference
 * (train once, then fast repeated inference) without stalling the rest of the system.
 */
import { components, switchbacks } from "./components";
import { requirements, card, ethics } from "./card";
import { reviews } from "./reviews";
import type { ProjectSeed } from "../../types";

export const etalumis: ProjectSeed = {
  slug: "etalumis",
  name: "Etalumis: inference for particle physics simulators",
  description:
    "Probabilistic programming that inverts existing large-scale simulators via Bayesian inference: given observed collision outcomes, infer the conditions that produced them. An interdisciplinary collaboration of probabilistic ML, particle physics (SHERPA at CERN) and high-performance computing (NERSC Cori).",
  track: "research",
  index: 1,
  tags: ["physics", "probabilistic-programming", "hpc", "simulation"],
  created: 725,
  createdBy: "mei",
  owners: ["mei"],
  contributors: ["amara", "jonas"],
  target: { level: 6, inDays: 30 },

  components,
  switchbacks,
  requirements,
  card,
  ethics,
  reviews,
};
