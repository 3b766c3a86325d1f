import { defaultEthicsTemplate } from "@/lib/domain/ethics";
import { defaultLevelDefinitions } from "@/lib/domain/levels";
import type { DbClient } from "@/lib/db-client";
import { newId } from "./rows";

/** The delegates used here; a transaction client has the same ones. */
export type ReferenceDb = Pick<DbClient, "levelDefinitionSet" | "ethicsTemplate" | "auditEvent">;

/**
 * Level definitions version 1 and the default ethics template version 1, written once if absent.
 * Every database needs them (reviews record the versions they use), demo or production; a
 * second run, or two concurrent runs, change nothing (skipDuplicates on the unique version).
 */
export async function ensureReferenceData(db: ReferenceDb): Promise<{ definitionsVersion: number; ethicsTemplateId: string; created: string[] }> {
  const created: string[] = [];
  const defs = await db.levelDefinitionSet.createMany({
    data: [{ id: newId(), version: defaultLevelDefinitions.version, definitions: defaultLevelDefinitions }],
    skipDuplicates: true,
  });
  if (defs.count > 0) created.push(`level definitions v${defaultLevelDefinitions.version}`);
  const ethics = await db.ethicsTemplate.createMany({
    data: [{ id: newId(), version: defaultEthicsTemplate.version, items: defaultEthicsTemplate.items }],
    skipDuplicates: true,
  });
  if (ethics.count > 0) created.push(`ethics template v${defaultEthicsTemplate.version}`);

  const [defsRow, template] = await Promise.all([
    db.levelDefinitionSet.findUniqueOrThrow({ where: { version: defaultLevelDefinitions.version }, select: { id: true } }),
    db.ethicsTemplate.findUniqueOrThrow({ where: { version: defaultEthicsTemplate.version }, select: { id: true } }),
  ]);
  const events = [
    ...(defs.count > 0 ? [{ id: newId(), action: "level_definitions.create", entityType: "level_definition_set", entityId: defsRow.id, after: { version: defaultLevelDefinitions.version } }] : []),
    ...(ethics.count > 0 ? [{ id: newId(), action: "ethics_template.create", entityType: "ethics_template", entityId: template.id, after: { version: defaultEthicsTemplate.version } }] : []),
  ];
  if (events.length) await db.auditEvent.createMany({ data: events });
  return { definitionsVersion: defaultLevelDefinitions.version, ethicsTemplateId: template.id, created };
}
