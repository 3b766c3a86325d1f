/** camsMeteors: requirements, TRL card sections and the ethics checklist. */
import type { ProjectSeed } from "../../types";

const code = "https://git.demo.mltrl.dev/space/cams-ai";

export const requirements: NonNullable<ProjectSeed["requirements"]> = [
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
];

export const card: NonNullable<ProjectSeed["card"]> = [
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
];

export const ethics: NonNullable<ProjectSeed["ethics"]> = {
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
};
