import { defaultEthicsTemplate } from "@/lib/domain/ethics";
import { defaultLevelDefinitions } from "@/lib/domain/levels";
import type { DbClient } from "@/lib/db-client";

/** The delegates used here; a transaction client has the same ones. */
export type ReferenceDb = Pick<DbClient, "levelDefinitionSet" | "ethicsTemplate" | "auditEvent">;

/**
 * Reference data every database needs, demo or production; used by db:migrate, npm start, the
 * seed and the DAL's fallback. Takes the client as a parameter so scripts can use it too.
 *
 * Level definitions version 1 and the default ethics template version 1, written once if absent.
 * Every database needs them (reviews record the versions they use), demo or production; a
 * second run, or two concurrent runs, change nothing (skipDuplicates on the unique version).
 */
export async function ensureReferenceData(
  db: ReferenceDb,
): Promise<{ definitionsVersion: number; ethicsTemplateId: string; created: string[] }> {
  const created: string[] = [];
  const defs = await db.levelDefinitionSet.createMany({
    data: [{ version: defaultLevelDefinitions.version, definitions: defaultLevelDefinitions }],
    skipDuplicates: true,
  });
  if (defs.count > 0) created.push(`level definitions v${defaultLevelDefinitions.version}`);
  const ethics = await db.ethicsTemplate.createMany({
    data: [{ version: defaultEthicsTemplate.version, items: defaultEthicsTemplate.items }],
    skipDuplicates: true,
  });
  if (ethics.count > 0) created.push(`ethics template v${defaultEthicsTemplate.version}`);

  const [defsRow, template] = await Promise.all([
    db.levelDefinitionSet.findUniqueOrThrow({
      where: { version: defaultLevelDefinitions.version },
      select: { id: true },
    }),
    db.ethicsTemplate.findUniqueOrThrow({ where: { version: defaultEthicsTemplate.version }, select: { id: true } }),
  ]);
  const events = [
    ...(defs.count > 0
      ? [
          {
            action: "level_definitions.create",
            entityType: "level_definition_set",
            entityId: defsRow.id,
            after: { version: defaultLevelDefinitions.version },
          },
        ]
      : []),
    ...(ethics.count > 0
      ? [
          {
            action: "ethics_template.create",
            entityType: "ethics_template",
            entityId: template.id,
            after: { version: defaultEthicsTemplate.version },
          },
        ]
      : []),
  ];
  if (events.length) await db.auditEvent.createMany({ data: events });
  return { definitionsVersion: defaultLevelDefinitions.version, ethicsTemplateId: template.id, created };
}
