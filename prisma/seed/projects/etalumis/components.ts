/** The components of etalumis and their history (levels, versions, switchbacks). */
import type { ProjectSeed } from "../../types";

export const components: NonNullable<ProjectSeed["components"]> = [
  {
    key: "ppx",
    name: "PPX execution protocol",
    kind: "software_module",
    description:
      "Cross-language protocol that reroutes every random-number draw of a stochastic simulator to the probabilistic programming system, so SHERPA's codebase stays unmodified.",
    start: {
      level: 0,
      at: 725,
      by: "mei",
      reason: "New idea: control a legacy simulator through its random draws instead of rewriting it.",
    },
    initial: { code: "0.1.0", model: "0.1.0", data: "0.1.0" },
    bumps: [
      {
        at: 640,
        by: "mei",
        code: "0.2.0",
        model: "0.1.0",
        data: "0.1.0",
        changelog: "ZeroMQ transport with FlatBuffers messages; first SHERPA hook.",
      },
      {
        at: 500,
        by: "amara",
        code: "1.0.0",
        model: "0.1.0",
        data: "0.1.0",
        changelog: "Protocol spec v1 with C++ and Python front ends and integration tests.",
      },
      {
        at: 240,
        by: "amara",
        code: "1.1.0",
        model: "0.1.0",
        data: "0.1.0",
        changelog: "Batched sample/observe calls: three times fewer round trips.",
      },
    ],
  },
  {
    key: "inference",
    name: "Inference engine",
    kind: "algorithm",
    description:
      "Bayesian inference over simulator execution traces: importance sampling and MCMC (RMH) first; inference compilation, a neural proposal trained once for fast repeated inference, after the 4 → 2 switchback.",
    start: {
      level: 0,
      at: 725,
      by: "mei",
      reason: "Inference over Turing-complete simulator traces is an open research question.",
    },
    initial: { code: "0.1.0", model: "0.1.0", data: "0.1.0" },
    bumps: [
      {
        at: 638,
        by: "mei",
        code: "0.2.0",
        model: "0.1.0",
        data: "0.2.0",
        changelog: "Importance sampling and RMH over PPX traces.",
      },
      {
        at: 495,
        by: "jonas",
        code: "0.3.0",
        model: "0.2.0",
        data: "0.3.0",
        changelog: "Prototype package with typed trace interfaces and tests.",
      },
      {
        at: 395,
        by: "mei",
        code: "0.4.0",
        model: "0.3.0",
        data: "0.4.0",
        changelog: "Inference-compilation research branch: LSTM proposal network trained on simulated traces.",
      },
      {
        at: 300,
        by: "jonas",
        code: "0.5.0",
        model: "1.0.0",
        data: "1.0.0",
        changelog: "Amortized proposal trained on 15M traces; posteriors validated against long RMH runs.",
      },
      {
        at: 236,
        by: "amara",
        code: "0.6.0",
        model: "1.1.0",
        data: "1.1.0",
        changelog: "Proposal retrained with distributed training at 1,024 Cori nodes.",
      },
    ],
  },
  {
    key: "hpc",
    name: "Distributed training on Cori",
    kind: "data_pipeline",
    description:
      "Trace generation and distributed training on NERSC's Cori supercomputer: MPI data-parallel SGD, sharded trace storage, container-pinned software stack.",
    start: {
      level: 3,
      at: 530,
      by: "amara",
      reason:
        "Computing requirements call for HPC from the proof of concept on; built to prototype caliber with NERSC engineers.",
    },
    initial: { code: "0.1.0", model: "0.1.0", data: "0.1.0" },
    bumps: [
      {
        at: 440,
        by: "amara",
        code: "0.2.0",
        model: "0.1.0",
        data: "0.2.0",
        changelog: "Sharded trace storage on the burst buffer.",
      },
      {
        at: 235,
        by: "amara",
        code: "1.0.0",
        model: "0.1.0",
        data: "1.1.0",
        changelog: "Synchronous SGD scaled to 1,024 nodes at 78% parallel efficiency.",
      },
    ],
  },
];

export const switchbacks: NonNullable<ProjectSeed["switchbacks"]> = [
  {
    kind: "embedded",
    component: "inference",
    toLevel: 2,
    at: 400,
    by: "mei",
    reason:
      "Embedded switchback 4 → 2: the PoC needs ~10⁶ simulator runs per event with importance sampling. We return to proof of principle to develop amortized inference (train a deep proposal once, then infer fast and repeatedly) without stalling the protocol and HPC work.",
  },
];
