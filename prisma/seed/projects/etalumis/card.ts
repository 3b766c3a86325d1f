/** etalumis: requirements, TRL card sections and the ethics checklist. */
import type { ProjectSeed } from "../../types";

const code = "https://git.demo.mltrl.dev/science/etalumis";

export const requirements: NonNullable<ProjectSeed["requirements"]> = [
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
];

export const card: NonNullable<ProjectSeed["card"]> = [
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
];

export const ethics: NonNullable<ProjectSeed["ethics"]> = {
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
};
