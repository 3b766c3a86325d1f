import type { CardContent } from "@/lib/domain/card-content";
import type { LevelDefinitions } from "@/lib/domain/levels";
import type { EthicsTemplate } from "@/lib/domain/ethics";
import type { Requirement } from "@/lib/domain/requirements";
import type { ComponentStatus, MemberRole } from "@/lib/domain/vocabulary";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newId, type SeedRows } from "./rows";
import type { ProjectSeed, UserKey, UserSeed } from "./types";

/** What every project builder shares: the clock, the users and the reference data. */
export type SeedContext = {
  now: Date;
  users: Map<UserKey, UserSeed & { id: string }>;
  definitions: LevelDefinitions;
  ethicsTemplate: EthicsTemplate & { id: string };
  rows: SeedRows;
};

export type ComponentState = {
  id: string;
  key: string;
  name: string;
  level: number | null;
  status: ComponentStatus;
  levelSince: Date | null;
  versions: { code: string; model: string; data: string };
};

/** The replayed state of one project at the moment of the event being built. */
export type ProjectState = {
  seed: ProjectSeed;
  id: string;
  memberRoles: Map<string, MemberRole>;
  components: Map<string, ComponentState>;
  card: { id: string; number: number; content: CardContent } | null;
  requirements: Requirement[];
  systemLevel: number | null;
  levelSince: Date | null;
  /** Review ids by status while draft or open, with the component keys they hold. */
  liveReviews: Map<
    string,
    { status: "draft" | "open"; componentKeys: string[]; reviewRow: Prisma.ReviewCreateManyInput }
  >;
  lastEventAt: Date;
};

export function userOf(ctx: SeedContext, key: UserKey): UserSeed & { id: string } {
  const user = ctx.users.get(key);
  if (!user) throw new Error(`Seed: unknown demo user "${key}".`);
  return user;
}

export function componentOf(state: ProjectState, key: string): ComponentState {
  const c = state.components.get(key);
  if (!c) throw new Error(`Seed (${state.seed.slug}): unknown component "${key}".`);
  return c;
}

/** Throws with every reason of a refused domain decision, naming the project and event. */
export function must<T>(
  state: ProjectState,
  what: string,
  decision: { ok: true; value: T } | { ok: false; reasons: { message: string }[] },
): T {
  if (decision.ok) return decision.value;
  throw new Error(
    `Seed (${state.seed.slug}): ${what} breaks the MLTRL rules:\n- ${decision.reasons.map((r) => r.message).join("\n- ")}`,
  );
}

export function audit(
  ctx: SeedContext,
  state: ProjectState | null,
  e: {
    at: Date;
    actor: UserKey | null;
    action: string;
    entityType: string;
    entityId: string;
    before?: Prisma.InputJsonValue;
    after?: Prisma.InputJsonValue;
  },
): void {
  ctx.rows.auditEvents.push({
    id: newId(),
    actorId: e.actor ? userOf(ctx, e.actor).id : null,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    projectId: state?.id ?? null,
    ...(e.before === undefined ? {} : { before: e.before }),
    ...(e.after === undefined ? {} : { after: e.after }),
    createdAt: e.at,
  });
}
