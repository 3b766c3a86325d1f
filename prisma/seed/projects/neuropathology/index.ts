/**
 * The paper's first worked example and its Figure 3 TRL Card: an unsupervised generative vision
 * model that maps brain-tissue types on whole-slide images for neuropathologists (Naud & Lavin).
 * Began at L0 with theory of manifold geometries; at L5 it becomes a medical decision-making
 * tool, designed as a copilot with the expert always in the loop. Now: an L5 review is open.
 */
import { components } from "./components";
import { requirements, card, ethics } from "./card";
import { reviews } from "./reviews";
import type { ProjectSeed } from "../../types";

export const neuropathologyCopilot: ProjectSeed = {
  slug: "neuropathology-copilot",
  name: "Neuropathology copilot",
  description:
    "Human-in-the-loop machine vision for neuropathology: an unsupervised probabilistic generative model maps brain-tissue types on whole-slide images and picks the regions a neuropathologist should inspect, with calibrated confidence.",
  track: "product",
  index: 1,
  tags: ["healthcare", "vision", "medical-imaging", "human-in-the-loop"],
  created: 740,
  createdBy: "lena",
  owners: ["lena"],
  contributors: ["jonas"],
  target: { level: 6, inDays: 75 },

  components,
  requirements,
  card,
  ethics,
  reviews,
};
