/**
 * CAMS (Cameras for Allsky Meteor Surveillance), NASA; the Frontier Development Lab automated
 * its data processing and meteor filtering. Regular, scored gated reviews with an evolving panel;
 * class imbalance (few meteors among planes, birds and clouds) caught at the PoC review;
 * ML Test Score and metamorphic testing for open-source contributions; flight-proven at L9 with
 * drift monitoring (weather, smoke, clouds) and low-confidence meteors sent to scientists.
 */
import { components } from "./components";
import { requirements, card, ethics } from "./card";
import { reviews } from "./reviews";
import type { ProjectSeed } from "../../types";

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

  components,
  requirements,
  card,
  ethics,
  reviews,
  alerts: [
    {
      component: "classifier",
      at: 2,
      by: "tomas",
      kind: "drift",
      severity: "warning",
      metric: "share of low-confidence meteors",
      value: 0.18,
      threshold: 0.12,
      link: "https://monitoring.example.org/cams/low-confidence",
      source: "nightly drift report",
      externalId: "cams-low-confidence",
    },
  ],
};
