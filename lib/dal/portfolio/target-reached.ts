import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * When a met target was reached (the portfolio's "met late (20 days)"), as a LATERAL join on the
 * portfolio's page CTE: the system's level_since if it sits at the target level, else the moment
 * the last active component climbed to the target level or above (its last upward crossing).
 */
export const TARGET_REACHED_LATERAL = Prisma.sql`
    LEFT JOIN LATERAL (
      SELECT CASE WHEN page.system_level = page.target_level THEN page.level_since ELSE max(up.at) END AS reached_at
      FROM components c CROSS JOIN LATERAL (SELECT max(t.created_at) AS at FROM level_transitions t
        WHERE t.component_id = c.id AND t.to_level >= page.target_level AND coalesce(t.from_level, -1) < page.target_level) up
      WHERE c.project_id = page.id AND c.status = 'active' AND page.system_level >= page.target_level) reach ON true
`;
