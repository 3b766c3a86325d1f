/** The scale portfolio's tunables, word lists and id scheme (shared by the plan and the SQL step). */

export const DAY = 86_400_000;

export const SCALE_EMAIL_DOMAIN = "scale.mltrl.dev";
export const SCALE_MANAGER_EMAIL = `manager@${SCALE_EMAIL_DOMAIN}`;
export const RESEARCHERS = 400;
export const REVIEWERS = 200;

/** Median days the system spends at each level before graduating (L4, the continuation decision, is slow). */
export const STAY_MEDIAN = [40, 45, 60, 75, 150, 100, 90, 80, 70];
/**
 * Chance that a project stalls for good at a level: the "valley of death" after L4 shows as a
 * pile-up of stuck projects at L4 and few projects at L5–L6.
 */
export const STALL = [0.06, 0.06, 0.08, 0.1, 0.25, 0.1, 0.08, 0.06, 0.06];
/** Panel size by review level (more disciplines later in the lifecycle). */
export const SEATS_BY_LEVEL = [6, 6, 6, 8, 8, 8, 10, 10, 10];
/** Pin rounds 0..4: most reviews are re-pinned once or twice. */
export const PIN_ROUND_WEIGHTS = [12, 26, 28, 21, 13];

export const KINDS = ["model", "algorithm", "data_pipeline", "dataset", "software_module", "other"] as const;
export const TEAMS = [
  "team-vision",
  "team-language",
  "team-forecasting",
  "team-health",
  "team-robotics",
  "team-platform",
];
export const TOPICS = [
  "vision",
  "nlp",
  "time-series",
  "healthcare",
  "causal-inference",
  "recommendation",
  "speech",
  "anomaly-detection",
  "edge",
  "synthetic-data",
  "privacy",
  "open-source",
];
export const ADJECTIVES = [
  "Adaptive",
  "Bayesian",
  "Causal",
  "Robust",
  "Federated",
  "Sparse",
  "Streaming",
  "Neural",
  "Probabilistic",
  "Active",
  "Contrastive",
  "Graph",
  "Hybrid",
  "Interpretable",
  "Self-supervised",
  "Multimodal",
  "Low-latency",
  "Calibrated",
  "Fair",
  "Edge",
];
export const NOUNS = [
  "triage",
  "forecaster",
  "detector",
  "segmenter",
  "ranker",
  "copilot",
  "simulator",
  "classifier",
  "planner",
  "monitor",
  "translator",
  "recommender",
  "estimator",
  "tracker",
  "summariser",
  "screening",
  "anomaly finder",
  "scheduler",
  "diagnoser",
  "search",
];
export const FIRST = [
  "Ada",
  "Ben",
  "Chloé",
  "Dev",
  "Elif",
  "Femi",
  "Gao",
  "Hana",
  "Ivan",
  "Jade",
  "Kai",
  "Lior",
  "Maya",
  "Nils",
  "Omar",
  "Pia",
  "Quinn",
  "Rosa",
  "Sami",
  "Tara",
];
export const LAST = [
  "Abe",
  "Brun",
  "Costa",
  "Dahl",
  "Eze",
  "Fox",
  "Gill",
  "Holm",
  "Ito",
  "Jain",
  "Kerr",
  "Lund",
  "Moss",
  "Nava",
  "Ortiz",
  "Park",
  "Quist",
  "Rao",
  "Silva",
  "Tan",
];

export const pad = (n: number, width: number) => String(n).padStart(width, "0");
export const projectId = (n: number) => `sp${pad(n, 6)}`;
export const reviewId = (n: number) => `sr${pad(n, 7)}`;
export const researcherId = (i: number) => `su_r${pad(i, 4)}`;
export const reviewerId = (i: number) => `su_v${pad(i, 4)}`;
export const MANAGER_ID = "su_manager";
export const ADMIN_ID = "su_admin";

export const iso = (ms: number) => new Date(Math.round(ms)).toISOString();
