/**
 * Causal, counterfactual diagnosis (Richens et al.): rank diseases by whether the symptoms would
 * be absent had the disease been cured. MLTRL's gates here: an identifiability proof to leave L0,
 * expert-elicited and independently evaluated causal structure to leave L1, documented bias
 * adjustment and sensitivity analysis to leave L2, consistency tests at the PoC. The L4 review
 * was returned; the project has been at L4 for months (the dashboard's stuck project).
 */
import { components } from "./components";
import { requirements, card, ethics } from "./card";
import { reviews } from "./reviews";
import type { ProjectSeed } from "../../types";

export const causalDiagnosis: ProjectSeed = {
  slug: "causal-diagnosis",
  name: "Causal diagnosis model",
  description:
    "Counterfactual medical diagnosis: instead of ranking diseases by how well they correlate with the symptoms, ask whether the symptoms would not be present had a disease been cured. Built on a causal model of risk factors, diseases and symptoms elicited from doctors.",
  track: "research",
  index: 2,
  tags: ["healthcare", "causal-inference", "diagnosis"],
  created: 600,
  createdBy: "jonas",
  owners: ["jonas"],
  contributors: ["lena"],
  target: { level: 5, inDays: -20 },

  components,
  requirements,
  card,
  ethics,
  reviews,
};
