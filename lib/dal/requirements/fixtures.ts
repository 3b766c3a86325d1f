/** Shared by the requirements db tests: the app database, the cast, a level-2 project and valid fields. */
import { afterAll, beforeAll } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TestDb } from "@/test/db";
import { makeCast, makeProject, type RoleName, openAppDatabase } from "@/test/gate-fixtures";

export let t: TestDb;
let closeDb: () => Promise<void>;
export let reqs: typeof import("@/lib/dal/requirements/commands");
export let reqReads: typeof import("@/lib/dal/requirements/read-requirements");
export let reads: typeof import("@/lib/dal/cards/read-card-diff");
export let cast: Record<RoleName, SessionUser>;

/** Opens the database, imports the commands and signs the owner in (`session` is the test file's mocked session). */
export function setupRequirementsDb(session: { user: SessionUser | null }): void {
  beforeAll(async () => {
    ({ t, close: closeDb } = await openAppDatabase());
    reqs = await import("@/lib/dal/requirements/commands");
    reqReads = await import("@/lib/dal/requirements/read-requirements");
    reads = await import("@/lib/dal/cards/read-card-diff");
    cast = await makeCast(t.db);
    session.user = cast.owner;
  });

  afterAll(async () => {
    await closeDb?.();
  });
}

export const codes = (d: { ok: boolean; reasons?: { code: string }[] }) =>
  d.ok ? [] : (d.reasons ?? []).map((r) => r.code);
export const project = () =>
  makeProject(t.db, { owners: [cast.owner.id], contributors: [cast.contributor.id], levels: [2] });
export const fields = {
  kind: "research" as const,
  statement: "The model shall embed tiles.",
  verification: "",
  validation: "",
  status: "open" as const,
  waiverReason: "",
  pFailure: 0.3,
  value: 8,
  ownerId: "",
  evidenceLinks: [] as string[],
};
