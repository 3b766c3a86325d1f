/**
 * CAMS (Cameras for Allsky Meteor Surveillance), NASA; the Frontier Development Lab automated
 * its data processing and meteor filtering. Regular, scored gated reviews with an evolving panel;
 * class imbalance (few meteors among planes, birds and clouds) caught at the PoC review;
 * ML Test Score and metamorphic testing for open-source contributions; flight-proven at L9 with
 * drift monitoring (weather, smoke, clouds) and low-confidence meteors sent to scientists.
 */
import { panelFor, seat } from "../seats";
import type { ProjectSeed } from "../types";

const code = "https://git.demo.mltrl.dev/space/cams-ai";

export const camsMeteors: ProjectSeed = {
  slug: "cams-meteor-pipeline",
  name: "CAMS meteor pipeline",
  description:
    "AI subsystem of CAMS (Cameras for Allsky Meteor Surveillance): automates the nightly triangulation of tracks captured by hundreds of CCTV cameras and separates meteors from planes, birds and clouds, integrated into the larger CAMS system and released open source.",
  track: "product",
  index: 3,
  tags: ["space", "planetary-defense", "vision", "time-series", "open-source"],
  created: 735,
  createdBy: "amara",
  owners: ["amara"],
  contributors: ["tomas"],
  target: { level: 9, inDays: -90 },

  components: [
    {
      key: "classifier",
      name: "Meteor classifier",
      kind: "model",
      description:
        "CNN–LSTM over light curves and track shapes that separates meteors from planes, birds, clouds and satellites; low-confidence detections go to CAMS scientists.",
      start: {
        level: 2,
        at: 735,
        by: "amara",
        reason: "An FDL research sprint established the principle; the component enters MLTRL at proof of principle.",
      },
      initial: { code: "0.1.0", model: "0.1.0", data: "0.1.0" },
      bumps: [
        {
          at: 650,
          by: "amara",
          code: "0.2.0",
          model: "0.2.0",
          data: "0.2.0",
          changelog: "CNN–LSTM on light curves and track crops.",
        },
        {
          at: 450,
          by: "amara",
          code: "0.3.0",
          model: "0.3.0",
          data: "0.3.0",
          changelog: "Focal loss and hard-negative mining against the ~2% meteor share (returned L4 review).",
        },
        {
          at: 390,
          by: "amara",
          code: "1.0.0",
          model: "1.0.0",
          data: "1.0.0",
          changelog: "Capability release inside the CAMS processing chain.",
        },
        {
          at: 330,
          by: "tomas",
          code: "1.1.0",
          model: "1.1.0",
          data: "1.0.0",
          changelog: "Product API; confidence routing to scientists.",
        },
        {
          at: 260,
          by: "amara",
          code: "1.2.0",
          model: "1.2.0",
          data: "1.1.0",
          changelog: "Golden dataset 1.1 in CI; metamorphic relations as tests.",
        },
        {
          at: 150,
          by: "amara",
          code: "2.0.0",
          model: "2.0.0",
          data: "1.2.0",
          changelog: "Flight candidate after the shadow period.",
        },
      ],
    },
    {
      key: "pipeline",
      name: "Trajectory and light-curve pipeline",
      kind: "data_pipeline",
      description:
        "Triangulates tracks seen by two or more cameras into trajectories, orbits and light curves every night, replacing the scientists' manual processing.",
      start: {
        level: 3,
        at: 735,
        by: "amara",
        reason: "Built on the existing CAMS coincidence software; starts at system development.",
      },
      initial: { code: "1.0.0", model: "0.1.0", data: "0.1.0" },
      bumps: [
        {
          at: 640,
          by: "tomas",
          code: "1.1.0",
          model: "0.1.0",
          data: "0.2.0",
          changelog: "Automated nightly run over all stations.",
        },
        {
          at: 455,
          by: "tomas",
          code: "1.2.0",
          model: "0.1.0",
          data: "0.3.0",
          changelog: "Scientist-hours metric instrumented.",
        },
        {
          at: 335,
          by: "tomas",
          code: "2.0.0",
          model: "0.1.0",
          data: "1.0.0",
          changelog: "CI/CD automation and open-source release on SpaceML.",
        },
        {
          at: 255,
          by: "tomas",
          code: "2.1.0",
          model: "0.1.0",
          data: "1.1.0",
          changelog: "Regression tests and benchmarks per release.",
        },
        {
          at: 155,
          by: "tomas",
          code: "2.2.0",
          model: "0.1.0",
          data: "1.2.0",
          changelog: "Stress-tested at Perseids-peak volume.",
        },
      ],
    },
    {
      key: "labels",
      name: "Labelled CAMS tracks",
      kind: "dataset",
      description:
        "Years of detections classified meteor / non-meteor by CAMS scientists, with class imbalance documented in the datasheet.",
      start: { level: 2, at: 730, by: "tomas", reason: "Existing labels, versioned from the start of the AI work." },
      initial: { code: "0.1.0", model: "0.1.0", data: "1.0.0" },
      bumps: [
        {
          at: 648,
          by: "tomas",
          code: "0.1.0",
          model: "0.1.0",
          data: "1.1.0",
          changelog: "2010–2018 detections relabelled with a second reviewer.",
        },
        {
          at: 452,
          by: "tomas",
          code: "0.2.0",
          model: "0.1.0",
          data: "2.0.0",
          changelog: "Hard negatives added: planes, birds, clouds, satellites.",
        },
        {
          at: 265,
          by: "tomas",
          code: "0.2.0",
          model: "0.1.0",
          data: "2.1.0",
          changelog: "Golden dataset slice and critical-scenario slices (clouds, smoke, full moon).",
        },
      ],
    },
    {
      key: "baseline",
      name: "Random-forest baseline filter",
      kind: "algorithm",
      description: "Earlier random-forest filter on hand-made track features, kept as the numerical baseline.",
      start: { level: 3, at: 730, by: "tomas", reason: "Existing prototype from a partner team." },
      initial: { code: "0.3.0", model: "0.3.0", data: "1.0.0" },
      archived: {
        at: 600,
        by: "amara",
        reason:
          "Superseded by the CNN–LSTM classifier, which beat it on every baseline metric; kept for comparison only.",
      },
    },
    {
      key: "portal",
      name: "Meteor shower web portal",
      kind: "software_module",
      description:
        "Public web tool that maps meteor-shower activity from the pipeline's orbits; A/B tested with the public.",
      start: { level: 3, at: 540, by: "tomas", reason: "Web tool written to prototype standard from the start." },
      initial: { code: "0.1.0", model: "0.1.0", data: "0.1.0" },
      bumps: [
        {
          at: 449,
          by: "tomas",
          code: "0.2.0",
          model: "0.1.0",
          data: "0.1.0",
          changelog: "Shower maps from the automated orbits.",
        },
        { at: 331, by: "tomas", code: "1.0.0", model: "0.1.0", data: "0.1.0", changelog: "Product release." },
        {
          at: 250,
          by: "tomas",
          code: "1.1.0",
          model: "0.1.0",
          data: "0.1.0",
          changelog: "A/B variant of the shower map.",
        },
        {
          at: 152,
          by: "tomas",
          code: "1.2.0",
          model: "0.1.0",
          data: "0.1.0",
          changelog: "Winning A/B variant; canary release.",
        },
      ],
    },
  ],

  requirements: [
    {
      kind: "research",
      created: 710,
      owner: "amara",
      status: "validated",
      pFailure: 0.3,
      value: 9,
      statement:
        "The classifier shall separate meteors from non-meteors (planes, birds, clouds) better than the existing baselines.",
      verification:
        "Per-class precision and recall on held-out nights, against manual classification and the random-forest filter.",
      validation: "CAMS scientists confirm the classifications on a random sample of nights.",
    },
    {
      kind: "technical",
      created: 620,
      owner: "amara",
      status: "validated",
      pFailure: 0.35,
      value: 9,
      statement:
        "Meteor recall shall be at least 0.95 at a 1% false-positive rate despite the ~2% meteor share (class imbalance).",
      verification: "Per-class metrics on the 2019 holdout.",
      validation: "The scientists' audit nights find no missed shower members.",
    },
    {
      kind: "technical",
      created: 600,
      owner: "tomas",
      status: "validated",
      pFailure: 0.25,
      value: 7,
      statement: "The pipeline shall process a night of global network data within two hours.",
      verification: "Load test with the largest night on record (Perseids peak).",
      validation: "Operations confirm results are ready each morning.",
    },
    {
      kind: "product",
      created: 385,
      owner: "amara",
      status: "validated",
      pFailure: 0.2,
      value: 8,
      statement: "Low-confidence detections (p < 0.7) shall be routed to CAMS scientists for verification.",
      verification: "Routing tests with synthetic low-confidence tracks.",
      validation: "The scientists' verification queue stays under 30 items per night in operations.",
    },
    {
      kind: "product",
      created: 383,
      owner: "tomas",
      status: "validated",
      pFailure: 0.3,
      value: 5,
      statement: "The web portal shall show new shower activity within 24 hours of capture.",
      verification: "End-to-end latency monitoring.",
      validation: "A/B test with the public: the new map increases session length by at least 15%.",
    },
    {
      kind: "technical",
      created: 330,
      owner: "tomas",
      status: "validated",
      pFailure: 0.3,
      value: 7,
      statement:
        "Open-source contributions shall pass the ML test suite (ML Test Score rubric and metamorphic checklist) before merge.",
      verification: "CI gate on every pull request.",
      validation: "Maintainers report contributions integrate without regressions.",
    },
    {
      kind: "technical",
      created: 240,
      owner: "amara",
      status: "validated",
      pFailure: 0.4,
      value: 8,
      statement:
        "Drift monitoring shall track the weather, smoke and cloud patterns that change the view of the night sky.",
      verification: "Drift detectors on image statistics and confidence distributions, alerting through CI/CD.",
      validation: "Alerts coincide with logged weather events during the shadow period.",
    },
    {
      kind: "product",
      created: 230,
      owner: "tomas",
      status: "validated",
      pFailure: 0.2,
      value: 7,
      statement: "Scientists' manual effort shall fall from about four hours to at most half an hour per night.",
      verification: "Time logs over one month of operations.",
      validation: "The CAMS leads confirm the saved time goes to science.",
    },
  ],

  card: [
    {
      at: 725,
      by: "amara",
      summary: "Card started.",
      patch: {
        tldr: "Automate CAMS: triangulate meteor tracks captured by hundreds of all-sky cameras and **separate meteors from planes, birds and clouds** automatically, so scientists no longer classify every solution by hand.",
        links: {
          code,
          project: "https://wiki.demo.mltrl.dev/space/cams",
          requirements: `${code}/-/wikis/requirements`,
        },
        coupledComponents: "Trajectory pipeline → meteor classifier; labelled tracks train the classifier.",
        dataFindings:
          "- Night-sky activity is dominated by non-meteors: meteors are ~2% of detections.\n- Labels come from years of manual classification by resident scientists; quality varies by year.",
        dataSources: [
          {
            name: "Labelled CAMS tracks",
            version: "1.0.0",
            owner: "Tomás Herrera",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/cams-tracks.md`,
          },
        ],
        trainingConditions: "Light curves resampled to 25 Hz; track crops 64×64; stratified by station and year.",
        caveats:
          "- Class imbalance: accuracy is meaningless; report per-class recall and precision.\n- Labels from early years are noisier.",
      },
    },
    {
      at: 660,
      by: "amara",
      summary: "Model information and testing status for the L3 review.",
      patch: {
        modelInfo:
          "**For a space scientist:** the model looks at how a streak's brightness changes over time and at its shape, the way you would, and says whether it is a meteor. When it is unsure, it asks you.\n\n**Technically:** a CNN on track crops and an LSTM on light curves, fused; trained with focal loss on imbalanced labels.",
        testingStatus:
          "- Unit tests for triangulation and feature extraction.\n- Integration test on 10 archived nights.\n- Comparison with the random-forest baseline and manual labels in CI.",
      },
    },
    {
      at: 485,
      by: "amara",
      summary: "Intended use for the L4 review.",
      patch: {
        intendedUse:
          "Nightly automated processing and meteor filtering for the CAMS networks, with low-confidence detections sent to scientists.",
        unacceptableUse:
          "- Orbit claims for potentially hazardous objects without a scientist's verification.\n- Use on camera networks with unvalidated optics or frame rates.",
      },
    },
    {
      at: 160,
      by: "tomas",
      summary: "Flight-readiness evidence for the L8 review.",
      patch: {
        testingStatus:
          "- ML Test Score rubric 9.5 (infrastructure 3, model 2.5, data 2, monitoring 2).\n- Metamorphic checklist: time reversal of light curves, camera-ID permutation, brightness scaling.\n- Critical scenarios and slices from the risk table: clouds, smoke, full moon, satellite flares.\n- Shadow period of six weeks: 99.1% agreement with scientists; A/B test of the portal; canary release.",
        dataSources: [
          {
            name: "Labelled CAMS tracks",
            version: "2.1.0",
            owner: "Tomás Herrera",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/cams-tracks.md`,
          },
          {
            name: "Golden dataset",
            version: "1.2.0",
            owner: "Amara Osei",
            datasheetUrl: `${code}/-/blob/main/data/datasheets/golden.md`,
          },
        ],
        trainingConditions:
          "Classifier 2.0.0 trained on tracks 2.1.0 (2010–2022, hard negatives included), focal loss γ = 2, 40 epochs on 2 V100s; threshold 0.7 for routing to scientists.",
      },
    },
    {
      at: 30,
      by: "amara",
      summary: "Deployment: monitoring and continuous evaluation.",
      patch: {
        caveats:
          "- Flight-proven at L9, but **drift** is constant: weather, smoke and cloud patterns change the view of the sky; drift monitors alert the team.\n- Low-confidence meteors go to scientists; manual intervention can be triggered at any time.\n- Any new code, model or data version cycles back to L7.",
        dataFindings:
          "- Meteors ~2% of detections; hard negatives (planes, birds, clouds, satellites) now labelled explicitly.\n- Four-fold expansion of the capture network brought new optics; per-station slices monitored.\n- Model outputs and inputs' statistics are logged for continuous evaluation with the scientists' verifications as actuals.",
      },
    },
  ],

  ethics: {
    data_consent: {
      answer: "yes",
      note: "Images come from cameras run by partner networks and citizen scientists who share data under the project's open-data terms.",
    },
    bias_impact: {
      answer: "not_applicable",
      note: "No people are scored; the class imbalance is a technical bias handled by requirement R2.",
    },
    privacy_security: {
      answer: "yes",
      note: "Cameras point at the sky; frames with ground-level content are cropped at the station.",
    },
    transparency: {
      answer: "yes",
      note: "Each classification shows its light curve and track; code, models and web tools are released openly on SpaceML.",
    },
    human_oversight: {
      answer: "yes",
      note: "Low-confidence meteors go to CAMS scientists; manual intervention can be triggered at any time.",
    },
    regulatory: { answer: "yes", note: "NASA open-source release approval obtained; no regulated use." },
    misuse: { answer: "yes", note: "Trajectory data are public science; the release was reviewed by NASA." },
  },

  reviews: [
    {
      level: 2,
      components: ["classifier", "labels"],
      author: "amara",
      status: "graduated",
      created: 705,
      opened: 700,
      decided: 690,
      panel: panelFor(2),
      evidence: {
        claims_in_testbeds:
          "On archived nights the classifier beats the manual baseline's consistency; results compared to existing baselines as the panel asked.",
      },
      keyDecision: { decision: "path_a", note: "Path A: build the prototype for the CAMS processing chain." },
    },
    {
      level: 3,
      components: ["classifier", "labels", "pipeline"],
      author: "amara",
      status: "graduated",
      created: 630,
      opened: 625,
      decided: 612,
      panel: panelFor(3),
      evidence: {
        interfaces_dataflow:
          "Dataflow: station captures → coincidence → trajectory pipeline → classifier → scientists' queue.",
      },
    },
    {
      level: 3,
      components: ["portal"],
      author: "tomas",
      status: "graduated",
      created: 520,
      opened: 516,
      decided: 505,
      panel: panelFor(3),
    },
    {
      level: 4,
      components: ["classifier", "labels", "pipeline", "portal"],
      author: "amara",
      status: "returned",
      created: 480,
      opened: 476,
      decided: 465,
      panel: panelFor(4),
      returns: {
        ravi: [
          {
            text: "Address the class imbalance: meteors are ~2% of detections; report per-class metrics with a balanced training scheme.",
            metric: "meteor recall at 1% false-positive rate",
            target: "≥ 0.95",
            done: {
              at: 440,
              by: "amara",
              evidence: "Focal loss and hard-negative mining: recall 0.962 at 1% FPR on the 2019 holdout.",
            },
          },
          {
            text: "Compare numerically with the existing baselines (manual classification and the random-forest filter) on the same nights.",
            metric: "F1 against the best baseline",
            target: "≥ baseline + 0.05",
            done: {
              at: 438,
              by: "amara",
              evidence: "F1 0.94 vs 0.81 (random forest) and 0.88 (manual consistency) on 60 nights.",
            },
          },
        ],
        nadia: [
          {
            text: "Report the end-user metric: scientist hours per night of data.",
            metric: "hours per night",
            target: "≤ 0.5 h (from ~4 h)",
            done: { at: 436, by: "tomas", evidence: "Pilot month: 0.4 h per night on average." },
          },
        ],
      },
    },
    {
      level: 4,
      components: ["classifier", "labels", "pipeline", "portal"],
      author: "amara",
      status: "graduated",
      created: 432,
      opened: 428,
      decided: 415,
      panel: panelFor(4),
      evidence: {
        real_scenario_demo: "Pilot month on two CAMS networks with live data.",
        poc_metrics: "Meteor recall 0.962 at 1% FPR; one GPU-hour per night; scientists' effort 0.4 h per night.",
      },
      keyDecision: {
        decision: "continue",
        note: "Continue: orders-of-magnitude gain in operational efficiency; proceed to integration with the larger CAMS system.",
      },
    },
    {
      level: 5,
      components: ["classifier", "labels", "pipeline", "portal"],
      author: "amara",
      status: "graduated",
      created: 380,
      opened: 375,
      decided: 362,
      panel: panelFor(5),
    },
    {
      level: 6,
      components: ["classifier", "labels", "pipeline", "portal"],
      author: "tomas",
      status: "graduated",
      created: 320,
      opened: 315,
      decided: 300,
      panel: panelFor(6),
      evidence: {
        explanations_validated:
          "Scientists review low-confidence meteors with the light curve and track shown; three CAMS scientists validated that this evidence is what they need.",
      },
    },
    {
      level: 7,
      components: ["classifier", "labels", "pipeline", "portal"],
      author: "amara",
      status: "graduated",
      created: 245,
      opened: 240,
      decided: 222,
      panel: panelFor(7),
      evidence: {
        ml_test_score:
          "ML Test Score rubric: 9.5 (infrastructure 3, model 2.5, data 2, monitoring 2); crucial for merging open-source contributions.",
        metamorphic_tests:
          "Checklist of metamorphic relations run as tests: time reversal of light curves, camera-ID permutation, brightness scaling.",
        critical_scenario_tests: "Slices from the risk table: cloudy nights, smoke, full moon, satellite flares.",
      },
    },
    {
      level: 8,
      components: ["classifier", "labels", "pipeline", "portal"],
      author: "amara",
      status: "graduated",
      created: 140,
      opened: 135,
      decided: 120,
      panel: panelFor(8, [seat("manager", "executive")]),
      evidence: {
        deployment_tests:
          "Six-week shadow period (99.1% agreement with scientists), A/B test of the portal, blue/green switch of the pipeline, canary release to one network.",
      },
      keyDecision: {
        decision: "go",
        note: "Go: deploy the AI pipeline to CAMS operations on all networks.",
        targetAfterDays: 14,
      },
      debrief: {
        accomplished:
          "Flight-ready AI subsystem integrated with CAMS (Amara Osei, Tomás Herrera, with the CAMS scientists); code, models and web tools released on SpaceML.",
        punted: "Automatic orbit alerts for potentially hazardous objects: stay with scientists.",
        learned: "TRLs gave CAMS partners a shared measure of maturity; integration talks became short.",
        debt: "Paid off: legacy random-forest filter archived; gained: drift monitors to maintain per new station optics.",
      },
    },
  ],
};
