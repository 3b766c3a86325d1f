import "server-only";
import { reason } from "@/lib/domain/decision";
import type { DbClient } from "@/lib/db-client";
import { defaultEthicsTemplate, ethicsTemplateReasons, type EthicsItem } from "@/lib/domain/ethics";
import type { LevelDefinitions } from "@/lib/domain/levels";
import { validateLevelDefinitions } from "@/lib/domain/level-validation";
import { ensureReferenceData } from "@/lib/reference-data";
import type { Tx } from "@/lib/dal/core/audit";
import { DomainError } from "@/lib/dal/core/transaction";

/**
 * Versioned reference data a review records: the level definitions and the ethics template. A new
 * draft takes the latest versions; submit reads back exactly the versions the draft recorded. A
 * database without any (never migrated with `npm run db:migrate`) gets the domain defaults as
 * version 1, written with the draft that needs them.
 */

const invalid = (what: string) =>
  new DomainError([
    reason("reference_data_invalid", `The stored ${what} are invalid; ask an admin to publish a corrected version.`),
  ]);

function parseDefinitions(raw: unknown): LevelDefinitions {
  const checked = validateLevelDefinitions(raw);
  if (!checked.ok) throw invalid("level definitions");
  return checked.value;
}

export type EthicsTemplateRow = { id: string; version: number; items: EthicsItem[] };

function parseTemplate(row: { id: string; version: number; items: unknown }): EthicsTemplateRow {
  const items = Array.isArray(row.items)
    ? row.items.map((i: unknown) => {
        const o = (i && typeof i === "object" ? i : {}) as Record<string, unknown>;
        return { key: typeof o.key === "string" ? o.key : "", label: typeof o.label === "string" ? o.label : "" };
      })
    : [];
  if (ethicsTemplateReasons({ version: row.version, items }).length > 0) throw invalid("ethics checklist items");
  return { id: row.id, version: row.version, items };
}

const defsSelect = { version: true, definitions: true } as const;
const templateSelect = { id: true, version: true, items: true } as const;

async function ensureDefaults(tx: Tx): Promise<void> {
  await ensureReferenceData(tx);
}

export async function latestDefinitions(tx: Tx): Promise<LevelDefinitions> {
  let row = await tx.levelDefinitionSet.findFirst({ orderBy: { version: "desc" }, select: defsSelect });
  if (!row) {
    await ensureDefaults(tx);
    row = await tx.levelDefinitionSet.findFirstOrThrow({ orderBy: { version: "desc" }, select: defsSelect });
  }
  return parseDefinitions(row.definitions);
}

export async function definitionsByVersion(tx: Tx, version: number): Promise<LevelDefinitions> {
  const row = await tx.levelDefinitionSet.findUnique({ where: { version }, select: defsSelect });
  if (!row)
    throw new DomainError([
      reason("definitions_missing", `Level definitions version ${version} no longer exist; ask an admin.`),
    ]);
  return parseDefinitions(row.definitions);
}

export async function latestEthicsTemplate(tx: Tx): Promise<EthicsTemplateRow> {
  let row = await tx.ethicsTemplate.findFirst({ orderBy: { version: "desc" }, select: templateSelect });
  if (!row) {
    await ensureDefaults(tx);
    row = await tx.ethicsTemplate.findFirstOrThrow({ orderBy: { version: "desc" }, select: templateSelect });
  }
  return parseTemplate(row);
}

/** The template a review recorded; a review without one answers the latest. */
export async function ethicsTemplateOf(tx: Tx, id: string | null): Promise<EthicsTemplateRow> {
  if (id === null) return latestEthicsTemplate(tx);
  const row = await tx.ethicsTemplate.findUnique({ where: { id }, select: templateSelect });
  if (!row)
    throw new DomainError([
      reason("ethics_template_missing", "This review's ethics checklist no longer exists; ask an admin."),
    ]);
  return parseTemplate(row);
}

/**
 * For reads: the definitions a review recorded, or null when that version is gone (the page then
 * shows the level without its criteria). A database error or invalid stored data still throws.
 */
export async function findDefinitions(db: DbClient, version: number): Promise<LevelDefinitions | null> {
  const row = await db.levelDefinitionSet.findUnique({ where: { version }, select: defsSelect });
  return row ? parseDefinitions(row.definitions) : null;
}

/**
 * For reads: the checklist items of the template a review recorded, or null when it is gone. A
 * review without one answers the latest, and a database without any the default template (what the
 * first draft writes), without writing it from a read.
 */
export async function findEthicsItems(db: DbClient, id: string | null): Promise<EthicsItem[] | null> {
  const row =
    id === null
      ? await db.ethicsTemplate.findFirst({ orderBy: { version: "desc" }, select: templateSelect })
      : await db.ethicsTemplate.findUnique({ where: { id }, select: templateSelect });
  if (!row) return id === null ? [...defaultEthicsTemplate.items] : null;
  return parseTemplate(row).items;
}
