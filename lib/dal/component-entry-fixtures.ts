/** Shared by the component entry db tests: the app database, the commands under test and the cast. */
import { afterAll, beforeAll } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TestDb } from "@/test/db";
import { makeCast, type RoleName, openAppDatabase } from "@/test/gate-fixtures";

export let t: TestDb;
let closeDb: () => Promise<void>;
export let components: typeof import("./components");
export let imports: typeof import("./component-import");
export let claims: typeof import("./component-claims");
export let drafts: typeof import("./review-drafts");
export let panel: typeof import("./review-panel");
export let life: typeof import("./review-lifecycle");
export let votes: typeof import("./review-votes");
export let cast: Record<RoleName, SessionUser>;

/** Opens the database and imports the commands (in beforeAll: they connect on first import). */
export function setupComponentEntryDb(): void {
  beforeAll(async () => {
    ({ t, close: closeDb } = await openAppDatabase());
    [components, imports, claims, drafts, panel, life, votes] = await Promise.all([
      import("./components"),
      import("./component-import"),
      import("./component-claims"),
      import("./review-drafts"),
      import("./review-panel"),
      import("./review-lifecycle"),
      import("./review-votes"),
    ]);
    cast = await makeCast(t.db);
  });

  afterAll(async () => {
    await closeDb?.();
  });
}

export const codes = (d: { ok: boolean; reasons?: { code: string }[] }) =>
  d.ok ? [] : (d.reasons ?? []).map((r) => r.code);
export const idOf = (d: { ok: boolean; value?: { id: string } }) => (d.ok && d.value ? d.value.id : "");
export const systemLevelOf = async (id: string) =>
  (await t.db.project.findUniqueOrThrow({ where: { id } })).systemLevel;
export const componentOf = (id: string) => t.db.component.findUniqueOrThrow({ where: { id } });
export const members = () => ({ owners: [cast.owner.id], contributors: [cast.contributor.id] });
