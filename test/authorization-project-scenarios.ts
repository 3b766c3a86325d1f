import { cast, project, review, t, type Row } from "./authorization-fixtures";
import { uid } from "./gate-fixtures";

/**
 * The authorisation matrix's rows for a project's own lifecycle: editing and archiving it, and the
 * gate outcomes a manager decides (hold, stop). Keyed by command name (lib/commands/registry.ts).
 */
export const PROJECT_LIFECYCLE_SCENARIOS: Record<string, Row> = {
  updateProject: {
    allowed: ["owner", "manager", "admin"],
    setup: async () => {
      const p = await t.db.project.findUniqueOrThrow({ where: { id: (await project([1])).id } });
      return {
        projectId: p.id,
        version: p.version,
        name: `Renamed ${uid()}`,
        track: p.track,
        owners: [cast.owner.id],
        contributors: [cast.contributor.id],
      };
    },
  },
  archiveProject: {
    allowed: ["owner", "manager", "admin"],
    setup: async () => ({ projectId: (await project([1])).id, reason: "Stopped: superseded by another approach." }),
  },
  holdProjectAtGate: {
    allowed: ["manager", "admin"],
    setup: async () => {
      const { p, reviewId } = await review(3, "returned");
      return { projectId: p.id, reviewId, reason: "Wait for the new data." };
    },
  },
  stopProjectAtGate: {
    allowed: ["manager", "admin"],
    setup: async () => {
      const { p, reviewId } = await review(4, "open");
      return { projectId: p.id, reviewId, reason: "The market moved." };
    },
  },
};
