/**
 * The paper's consumer computer-vision example (Figure 4): an app for automated recycling whose
 * detector is trained on real images, user annotations and synthetic images from Unity
 * Perception with structured domain randomization. Shows a pretrained model starting at L3, a
 * discovery switchback (class imbalance and noisy labels found in the PoC), a returned L6 review
 * (distribution-shift and shadow tests), and a draft L7 review being prepared now.
 */
import { components, switchbacks } from "./components";
import { requirements, card, ethics } from "./card";
import { reviews } from "./reviews";
import type { ProjectSeed } from "../../types";

export const recyclingVision: ProjectSeed = {
  slug: "recycling-vision",
  name: "Recycling vision app",
  description:
    "Phone app that recognises waste items and recommends the right bin. Its detector is trained on open benchmark images, user-annotated photos and synthetic images generated with Unity Perception and structured domain randomization.",
  track: "product",
  index: 2,
  tags: ["vision", "synthetic-data", "consumer", "sustainability"],
  created: 700,
  createdBy: "tomas",
  owners: ["tomas"],
  contributors: ["amara"],
  target: { level: 8, inDays: 120 },

  components,
  switchbacks,
  requirements,
  card,
  ethics,
  reviews,
};
