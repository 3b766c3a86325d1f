import { cast, fillers, project, t, type Row } from "./authorization-fixtures";
import { deployedProject, makeAlert } from "./monitoring-fixtures";

/**
 * The authorisation matrix's rows for monitoring at level 9: members report and handle alerts; the
 * chair of the review that graduated the component to 9 (the seated reviewer) sends it back.
 */
const deployed = () =>
  deployedProject(t.db, {
    owners: [cast.owner.id],
    contributors: [cast.contributor.id],
    panel: [cast.seatedReviewer.id, ...fillers],
  });

const withAlert = async (severity: "warning" | "critical" = "critical") => {
  const d = await deployed();
  return makeAlert(t.db, { projectId: d.p.id, componentId: d.componentId, severity });
};

export const MONITORING_SCENARIOS: Record<string, Row> = {
  reportMonitoringSignal: {
    allowed: ["owner", "contributor"],
    setup: async () => ({
      componentId: (await deployed()).componentId,
      kind: "drift",
      severity: "warning",
      metric: "psi",
      value: 0.3,
      threshold: 0.2,
      source: "evidently",
    }),
  },
  // Not at level 9: refused for everyone, members included.
  reportMonitoringSignal_not_deployed: {
    command: "reportMonitoringSignal",
    allowed: [],
    setup: async () => ({
      componentId: (await project([8])).componentIds[0],
      kind: "drift",
      severity: "warning",
      metric: "psi",
      value: 0.3,
      source: "evidently",
    }),
  },
  acknowledgeAlert: {
    allowed: ["owner", "contributor"],
    setup: async () => ({ alertId: (await withAlert("warning")).id }),
  },
  resolveAlert: {
    allowed: ["owner", "contributor"],
    setup: async () => ({ alertId: (await withAlert()).id, note: "Retrained on the new month." }),
  },
  switchbackFromAlert: {
    allowed: ["seatedReviewer"],
    setup: async () => ({ alertId: (await withAlert()).id, toLevel: 4, note: "Concept drift." }),
  },
};
