/** Shared by the component entry db tests: the app database, the commands under test and the cast. */
import { afterAll, beforeAll } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TestDb } from "@/test/db";
import { makeCast, type RoleName, openAppDatabase } from "@/test/gate-fixtures";

export let t: TestDb;
let closeDb: () => Promise<void>;
export let components: typeof import("@/lib/dal/components/commands");
export let imports: typeof import("@/lib/dal/components/import-archive");
export let claims: typeof import("@/lib/dal/components/claims");
export let drafts: typeof import("@/lib/dal/reviews/drafts");
export let panel: typeof import("@/lib/dal/reviews/panel");
export let life: typeof import("@/lib/dal/reviews/lifecycle");
export let votes: typeof import("@/lib/dal/reviews/cast-vote");
export let cast: Record<RoleName, SessionUser>;

/** Opens the database and imports the commands (in beforeAll: they connect on first import). */
export function setupComponentEntryDb(): void {
  beforeAll(async () => {
    ({ t, close: closeDb } = await openAppDatabase());
    [components, imports, claims, drafts, panel, life, votes] = await Promise.all([
      import("@/lib/dal/components/commands"),
      import("@/lib/dal/components/import-archive"),
      import("@/lib/dal/components/claims"),
      import("@/lib/dal/reviews/drafts"),
      import("@/lib/dal/reviews/panel"),
      import("@/lib/dal/reviews/lifecycle"),
      import("@/lib/dal/reviews/cast-vote"),
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
