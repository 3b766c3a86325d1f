/** camsMeteors: its gated reviews, from request to decision and debrief. */
import { panelFor, seat } from "../../seats";
import type { ProjectSeed } from "../../types";

export const reviews: NonNullable<ProjectSeed["reviews"]> = [
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
];
