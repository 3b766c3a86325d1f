import type { Row } from "./authorization-fixtures";
import { API_TOKEN_SCENARIOS } from "./authorization-api-token-scenarios";
import { CARD_HELD_EDIT_SCENARIOS } from "./authorization-card-scenarios";
import { REVIEW_COMMENT_SCENARIOS } from "./authorization-comment-scenarios";
import { MONITORING_SCENARIOS } from "./authorization-monitoring-scenarios";
import { PROJECT_LIFECYCLE_SCENARIOS } from "./authorization-project-scenarios";
import { PROJECT_WORK_SCENARIOS } from "./authorization-scenarios";
import { USER_SCENARIOS } from "./authorization-user-scenarios";
import { WEBHOOK_SCENARIOS } from "./authorization-webhook-scenarios";

/**
 * Every row of the authorisation matrix, keyed by command name (or `<command>_<scenario>`): the
 * server-action door (./authorization-matrix.db.test.ts) and the API door
 * (./authorization-api-matrix.db.test.ts) run the same scenarios.
 */
export const MATRIX: Record<string, Row> = {
  ...PROJECT_WORK_SCENARIOS,
  ...CARD_HELD_EDIT_SCENARIOS,
  ...PROJECT_LIFECYCLE_SCENARIOS,
  ...REVIEW_COMMENT_SCENARIOS,
  ...USER_SCENARIOS,
  ...API_TOKEN_SCENARIOS,
  ...MONITORING_SCENARIOS,
  ...WEBHOOK_SCENARIOS,
};
