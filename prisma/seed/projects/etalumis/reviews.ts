/** etalumis: its gated reviews, from request to decision and debrief. */
import { panelFor, seat } from "../../seats";
import type { ProjectSeed } from "../../types";

export const reviews: NonNullable<ProjectSeed["reviews"]> = [
  {
    level: 0,
    components: ["ppx", "inference"],
    author: "mei",
    status: "graduated",
    created: 690,
    opened: 686,
    decided: 678,
    panel: panelFor(0),
    evidence: {
      principles_plan:
        "Plan: Bayesian inference over execution traces of unmodified simulators via a probabilistic programming execution protocol; literature on probabilistic programming and likelihood-free inference.",
      data_readiness:
        "Simulated data are unlimited but costly; reference events for validation to be agreed with CERN.",
    },
  },
  {
    level: 1,
    components: ["ppx", "inference"],
    author: "mei",
    status: "graduated",
    created: 625,
    opened: 620,
    decided: 610,
    panel: panelFor(1),
  },
  {
    level: 2,
    components: ["ppx", "inference"],
    author: "mei",
    status: "graduated",
    created: 565,
    opened: 560,
    decided: 548,
    panel: panelFor(2),
    evidence: {
      claims_in_testbeds:
        "Posterior on simulated τ decays matches RMH baselines (R2); SHERPA untouched apart from the RNG hook (R1).",
    },
    keyDecision: {
      decision: "path_a",
      note: "Path A: prototype the protocol and inference engine, with computing requirements defined before L4.",
    },
  },
  {
    level: 3,
    components: ["ppx", "inference", "hpc"],
    author: "amara",
    status: "graduated",
    created: 480,
    opened: 475,
    decided: 462,
    panel: panelFor(3, [seat("diego", "infrastructure_engineer")]),
    comments: { diego: "Container pinning on Cori is the right call; keep the NERSC engineers in the loop." },
  },
  {
    level: 2,
    components: ["inference"],
    author: "mei",
    status: "graduated",
    created: 340,
    opened: 335,
    decided: 325,
    panel: panelFor(2),
    evidence: {
      research_requirements:
        "New research requirement R5 (100× cheaper inference) with V&V, added after the switchback.",
      claims_in_testbeds:
        "Inference compilation on simulated traces: 240× more effective samples per second than importance sampling, posteriors within RMH tolerance.",
    },
    keyDecision: {
      decision: "path_a",
      note: "Path A: amortized inference returns to prototype development; the rest of the system did not wait.",
    },
    debrief: {
      accomplished:
        "Amortized inference proven in principle (Mei Tanaka, Jonas Weber) while the protocol and HPC work continued at L4.",
      punted: "Other SHERPA processes beyond τ decays.",
      learned: "The embedded 4 → 2 path let us improve the method without stalling the system.",
      debt: "Two inference code paths (IS and IC) to keep consistent.",
    },
  },
  {
    level: 3,
    components: ["inference"],
    author: "jonas",
    status: "graduated",
    created: 290,
    opened: 285,
    decided: 275,
    panel: panelFor(3),
  },
  {
    level: 4,
    components: ["ppx", "inference", "hpc"],
    author: "mei",
    status: "graduated",
    created: 220,
    opened: 215,
    decided: 200,
    panel: panelFor(4, [seat("diego", "infrastructure_engineer")]),
    evidence: {
      real_scenario_demo:
        "Inference on reference τ events agreed with CERN, with two simulator configurations and two detector models.",
      poc_metrics:
        "Posterior agreement with RMH on 100 events; 1,024-node training at 78% efficiency; end-user metric: time to analyse a full dataset (weeks → hours).",
      security_privacy_risks:
        "No personal data; allocation credentials and unpublished results covered by NERSC policy.",
    },
    keyDecision: {
      decision: "continue",
      note: "Continue: largest-scale posterior inference in a Turing-complete probabilistic programming system achieved; proceed to the capability stage.",
    },
    debrief: {
      accomplished: "End-to-end PoC at supercomputer scale (Amara Osei with NERSC engineers, Mei Tanaka, Jonas Weber).",
      punted: "A user interface for physicists; address views stay in notebooks for now.",
      learned:
        "Defining computing requirements early (before L4) let us ramp up to Cori instead of discovering limits late.",
      debt: "Container-pinned stack: reproducibility across Cori updates still open (R6).",
    },
  },
];
