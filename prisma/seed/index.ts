/**
 * The demo: sixteen people and the five worked examples of the MLTRL paper, with two years of
 * history that obeys the rules. `npm run db:seed` and the start script (on an empty database)
 * call seedDemo; it does nothing when demo users already exist.
 */
import type { DbClient } from "@/lib/db-client";
import { defaultEthicsTemplate } from "@/lib/domain/ethics";
import { defaultLevelDefinitions } from "@/lib/domain/levels";
import { hashPassword } from "@/lib/password";
import { buildProject } from "./build";
import type { SeedContext } from "./context";
import { camsMeteors } from "./projects/cams";
import { causalDiagnosis } from "./projects/causal-diagnosis";
import { etalumis } from "./projects/etalumis";
import { neuropathologyCopilot } from "./projects/neuropathology";
import { recyclingVision } from "./projects/recycling";
import { ensureReferenceData } from "@/lib/reference-data";
import { emptyRows, newId, type SeedRows } from "./rows";
import type { ProjectSeed } from "./types";
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, demoUsers } from "./users";
import { writeRows } from "./write";

export const demoProjects: ProjectSeed[] = [
  neuropathologyCopilot,
  recyclingVision,
  etalumis,
  causalDiagnosis,
  camsMeteors,
];

export type DemoSignIn = { email: string; password: string; roles: string[]; name: string; disciplines: string[] };

export const demoSignIns: DemoSignIn[] = demoUsers.map((u) => ({
  email: u.email,
  password: DEMO_PASSWORD,
  roles: [...u.roles],
  name: u.name,
  disciplines: [...u.disciplines],
}));

/**
 * Builds every row of the demo in memory, replaying each project's history through lib/domain.
 * Pure apart from ids and the password hashes passed in; throws when the data breaks a rule.
 */
export function buildDemoRows(input: {
  now: Date;
  ethicsTemplateId: string;
  passwordHashes: string[];
  projects?: ProjectSeed[];
}): SeedRows {
  const rows = emptyRows();
  const users = new Map(demoUsers.map((u, i) => [u.key, { ...u, id: newId(), hash: input.passwordHashes[i] ?? null }]));
  const firstAt = new Date(input.now.getTime() - 800 * 86_400_000);
  for (const u of users.values()) {
    rows.users.push({
      id: u.id,
      email: u.email,
      name: u.name,
      passwordHash: u.hash,
      roles: u.roles,
      disciplines: u.disciplines,
      createdAt: firstAt,
      updatedAt: firstAt,
    });
    rows.auditEvents.push({
      id: newId(),
      actorId: null,
      action: "user.create",
      entityType: "user",
      entityId: u.id,
      after: { email: u.email, roles: u.roles, disciplines: u.disciplines },
      createdAt: firstAt,
    });
  }
  const ctx: SeedContext = {
    now: input.now,
    users,
    definitions: defaultLevelDefinitions,
    ethicsTemplate: { ...defaultEthicsTemplate, id: input.ethicsTemplateId },
    rows,
  };
  const slugs = new Set<string>();
  for (const p of input.projects ?? demoProjects) {
    if (slugs.has(p.slug)) throw new Error(`Seed: two demo projects use the slug "${p.slug}".`);
    slugs.add(p.slug);
    buildProject(ctx, p);
  }
  return rows;
}

/** Writes the demo unless it is already there. One transaction: all of it or none of it. */
export async function seedDemo(
  db: DbClient,
  opts: { log?: (msg: string) => void; now?: Date } = {},
): Promise<{ users: DemoSignIn[] }> {
  const log = opts.log ?? (() => {});
  const started = Date.now();
  const isSeeded = async (client: Pick<DbClient, "user" | "project">) =>
    (await client.user.count({ where: { email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` } } })) > 0 ||
    (await client.project.count({ where: { slug: { in: demoProjects.map((p) => p.slug) } } })) > 0;

  if (await isSeeded(db)) {
    const ref = await ensureReferenceData(db);
    if (ref.created.length) log(`Wrote ${ref.created.join(" and ")}.`);
    log("Demo data is already present (users @demo.mltrl.dev or demo projects exist); nothing to do.");
    return { users: demoSignIns };
  }

  /** One argon2id hash for all: the password is printed for everyone anyway, and this saves ~0.5 s. */
  const hash = await hashPassword(DEMO_PASSWORD);
  const passwordHashes = demoUsers.map(() => hash);
  const wrote = await db.$transaction(
    async (tx) => {
      const ref = await ensureReferenceData(tx);
      if (ref.created.length) log(`Wrote ${ref.created.join(" and ")}.`);
      if (await isSeeded(tx)) return null;
      const rows = buildDemoRows({
        now: opts.now ?? new Date(),
        ethicsTemplateId: ref.ethicsTemplateId,
        passwordHashes,
      });
      await writeRows(tx, rows);
      return rows;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  if (!wrote) {
    log("Demo data was written by another process meanwhile; nothing to do.");
  } else {
    log(
      `Seeded the demo in ${Date.now() - started} ms: ${wrote.users.length} users, ${wrote.projects.length} projects, ` +
        `${wrote.components.length} components, ${wrote.reviews.length} reviews, ${wrote.transitions.length} transitions, ` +
        `${wrote.auditEvents.length} audit events.`,
    );
  }
  return { users: demoSignIns };
}
