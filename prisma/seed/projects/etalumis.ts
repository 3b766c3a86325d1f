/**
 * Etalumis ("simulate" backwards): probabilistic programming that inverts the SHERPA particle
 * physics simulator by Bayesian inference, keeping its million-line codebase intact through an
 * execution protocol that reroutes random draws. HPC on NERSC's Cori throughout. The paper's
 * embedded switchback 4 → 2 sends the inference engine back to develop amortized inference
 * (train once, then fast repeated inference) without stalling the rest of the system.
 */
import { panelFor, seat } from "../seats";
import type { ProjectSeed } from "../types";

const code = "https://git.demo.mltrl.dev/science/etalumis";

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

  components: [
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
  ],

  switchbacks: [
    {
      kind: "embedded",
      component: "inference",
      toLevel: 2,
      at: 400,
      by: "mei",
      reason:
        "Embedded switchback 4 → 2: the PoC needs ~10⁶ simulator runs per event with importance sampling. We return to proof of principle to develop amortized inference (train a deep proposal once, then infer fast and repeatedly) without stalling the protocol and HPC work.",
    },
  ],

  requirements: [
    {
      kind: "research",
      created: 575,
      owner: "mei",
      status: "validated",
      pFailure: 0.15,
      value: 10,
      statement:
        "Inference shall leave the SHERPA codebase unmodified: all random draws are controlled through the execution protocol.",
      verification:
        "Diff of the instrumented SHERPA build against the upstream release is empty apart from the RNG hook; protocol conformance tests.",
      validation: "CERN physicists confirm the instrumented simulator reproduces the reference distributions.",
    },
    {
      kind: "research",
      created: 572,
      owner: "mei",
      status: "validated",
      pFailure: 0.3,
      value: 9,
      statement:
        "Posteriors on τ-lepton decay events shall agree with a long-run RMH baseline on the key latent variables.",
      verification:
        "Compare posteriors with 10⁷-sample RMH runs on 100 test events (KL divergence and marginal overlap).",
      validation: "Physicists judge the inferred decay channels and momenta physically sensible.",
    },
    {
      kind: "technical",
      created: 485,
      owner: "amara",
      status: "verified",
      pFailure: 0.45,
      value: 7,
      statement: "Training shall scale to at least 1,000 Cori nodes with at least 70% parallel efficiency.",
      verification: "Scaling runs from 64 to 1,024 nodes with the NERSC engineers.",
      validation: "The NERSC allocation review accepts the scaling plan for the production campaign.",
    },
    {
      kind: "technical",
      created: 480,
      owner: "jonas",
      status: "validated",
      pFailure: 0.2,
      value: 7,
      statement:
        "Results shall be interpretable: every posterior sample links to the simulator code locations (addresses) that produced it.",
      verification: "Trace-address coverage test over the SHERPA τ-decay model.",
      validation: "Physicists use the address-level views in a review session to explain an inferred event.",
    },
    {
      kind: "research",
      created: 390,
      owner: "mei",
      status: "validated",
      pFailure: 0.4,
      value: 8,
      statement:
        "Amortized inference shall cut the cost per event at least 100× against importance sampling at equal effective sample size.",
      verification: "Effective samples per second on Cori for 1,000 test events, both methods.",
      validation: "The physics team confirms the throughput enables analysis of full datasets.",
    },
    {
      kind: "technical",
      created: 230,
      owner: "amara",
      status: "open",
      pFailure: 0.3,
      value: 6,
      statement: "Runs shall be reproducible across Cori software-stack updates (container-pinned environment).",
      verification: "Nightly container rebuild and regression on 100 reference events.",
      validation: "NERSC confirms the container runs unchanged after the next stack update.",
    },
  ],

  card: [
    {
      at: 720,
      by: "mei",
      summary: "Card started.",
      patch: {
        tldr: "Invert an existing particle-physics simulator with **probabilistic programming**: put priors on its latent variables, observe its output, and infer by Bayesian inference which conditions produced an observed event, without rewriting the simulator.",
        links: {
          code,
          project: "https://wiki.demo.mltrl.dev/science/etalumis",
          requirements: `${code}/-/wikis/requirements`,
        },
        coupledComponents: "Execution protocol ↔ inference engine.",
      },
    },
    {
      at: 630,
      by: "jonas",
      summary: "Data considerations for the L1 review.",
      patch: {
        dataFindings:
          "- All training and test data are simulator traces: SHERPA τ-lepton decays with a calorimeter model.\n- Traces vary in length and address structure (Turing-complete program): fixed-size tensors do not fit.\n- Observed data for validation come from reference events agreed with the CERN physicists.",
        dataSources: [
          {
            name: "SHERPA τ-decay traces",
            version: "0.2.0",
            owner: "Mei Tanaka",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/sherpa-tau.md`,
          },
        ],
        trainingConditions:
          "No learned model yet: importance sampling with the prior as proposal and RMH; 10⁴–10⁶ simulator runs per event on Cori CPU nodes.",
      },
    },
    {
      at: 568,
      by: "mei",
      summary: "Caveats and research requirements for the L2 review.",
      patch: {
        caveats:
          "- Importance sampling with the prior is exact but slow: ~10⁶ simulator runs per event.\n- Posterior quality is judged against RMH, which itself needs long runs to converge.\n- Results so far on one decay model; other SHERPA processes untested.",
      },
    },
    {
      at: 478,
      by: "amara",
      summary: "Model information and testing status for the L3 review.",
      patch: {
        modelInfo:
          "**For a physicist:** we run your simulator unchanged, but every time it draws a random number we decide the draw. By trying many draws and weighing them against the observed detector data we find which decay and momenta explain what you saw, with uncertainties, and which simulator code produced each step.\n\n**Technically:** probabilistic programming over simulator execution traces through the PPX protocol; importance sampling and RMH; proposal networks (inference compilation) under research.",
        testingStatus:
          "- Protocol conformance tests (C++ and Python front ends).\n- Integration tests SHERPA ↔ inference engine on 10 reference events.\n- Scaling smoke tests on 64 Cori nodes.",
        coupledComponents:
          "Execution protocol ↔ inference engine; distributed training on Cori feeds the inference engine's proposal.",
      },
    },
    {
      at: 260,
      by: "mei",
      summary: "Amortized inference after the embedded switchback; intended use for the L4 review.",
      patch: {
        tldr: "Invert SHERPA with **probabilistic programming**: Bayesian inference over its execution traces, now **amortized** (a proposal network trained once on Cori, then fast repeated inference), keeping the million-line simulator intact.",
        intendedUse:
          "Scientific inference for particle physicists: posterior distributions over the latent physics of observed events, with the simulator code locations that explain them.",
        unacceptableUse:
          "- Physics claims without validation against long-run MCMC on reference events.\n- Use with simulators whose random draws are not all routed through the protocol.",
        testingStatus:
          "- Protocol, integration and scaling tests as at L3.\n- Amortized posteriors compared with 10⁷-sample RMH on 100 events.\n- Scaling: 1,024 nodes at 78% efficiency.",
        dataSources: [
          {
            name: "SHERPA τ-decay traces",
            version: "1.1.0",
            owner: "Mei Tanaka",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/sherpa-tau.md`,
          },
          {
            name: "Reference events for validation",
            version: "1.0.0",
            owner: "Jonas Weber",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/reference-events.md`,
          },
        ],
        trainingConditions:
          "Proposal network 1.1.0: LSTM over trace addresses, trained once on 15M traces with synchronous SGD on 1,024 Cori nodes (78% efficiency); inference uses it as the importance-sampling proposal.",
      },
    },
  ],

  ethics: {
    data_consent: {
      answer: "not_applicable",
      note: "All data are simulated by SHERPA or released under the experiment's open-data policy; no personal data.",
    },
    bias_impact: {
      answer: "not_applicable",
      note: "No people are affected by the outputs; physics biases (mis-modelled detector response) are tracked as requirements.",
    },
    privacy_security: {
      answer: "yes",
      note: "Cori credentials and unpublished analysis data handled under NERSC's user policy.",
    },
    transparency: {
      answer: "yes",
      note: "Every posterior sample links to the simulator code that produced it; interpretability is part of the method.",
    },
    human_oversight: {
      answer: "yes",
      note: "Physicists validate every inference result before it enters an analysis.",
    },
    regulatory: { answer: "not_applicable", note: "Scientific research software with no regulated use." },
    misuse: {
      answer: "yes",
      note: "Dual use considered: the method is general; open-sourcing approved by all partner institutions.",
    },
  },

  reviews: [
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
        accomplished:
          "End-to-end PoC at supercomputer scale (Amara Osei with NERSC engineers, Mei Tanaka, Jonas Weber).",
        punted: "A user interface for physicists; address views stay in notebooks for now.",
        learned:
          "Defining computing requirements early (before L4) let us ramp up to Cori instead of discovering limits late.",
        debt: "Container-pinned stack: reproducibility across Cori updates still open (R6).",
      },
    },
  ],
};
