/**
 * The REST API under load (issue 13): `GET /api/v1/projects/{slug}` and
 * `POST /api/v1/projects/{slug}/evidence` with a bearer token, at 1 and 20 clients, each next to
 * the same read or command called in this process (the DAL function, no HTTP, no token check):
 * the difference is what the door costs (token lookup, rate limit, parsing, JSON, the audit of
 * the token's use). The token belongs to an owner of a project of the scale data; the server is
 * started with a rate limit high enough not to answer 429.
 */
import type { Pool } from "pg";
import { runLoad } from "./load";
import { print, type Row } from "./report";
import type { Server } from "./server";

type Owner = { id: string; email: string; name: string; roles: string[]; disciplines: string[]; slug: string };

async function projectOwner(pool: Pool): Promise<{ owner: Owner; requirements: number }> {
  const row = (
    await pool.query<Owner & { requirements: number }>(
      `SELECT u.id, u.email, u.name, u.roles::text[] AS roles, u.disciplines::text[] AS disciplines, p.slug,
              (SELECT count(*) FROM requirements r WHERE r.project_id = p.id)::int AS requirements
         FROM project_members m JOIN users u ON u.id = m.user_id JOIN projects p ON p.id = m.project_id
        WHERE m.role = 'owner' AND u.active AND p.status = 'active'
          AND EXISTS (SELECT 1 FROM requirements r WHERE r.project_id = p.id)
        ORDER BY p.slug LIMIT 1`,
    )
  ).rows[0];
  if (!row) throw new Error("No active project with an owner and requirements: run `npm run seed:scale` first.");
  const { requirements, ...owner } = row;
  return { owner, requirements };
}

export async function measureApi(opts: { pool: Pool; server: Server; quick: boolean; maxSeconds: number }) {
  const { owner, requirements } = await projectOwner(opts.pool);
  const user = { ...owner, roles: owner.roles, disciplines: owner.disciplines } as never;
  const { createApiToken } = await import("@/lib/dal/api-tokens/commands");
  const { getApiProject } = await import("@/lib/dal/projects/read-api");
  const { reportEvidence } = await import("@/lib/dal/evidence/report");
  const { reportEvidenceSchema } = await import("@/lib/schemas/evidence");
  const { runAsApiActor } = await import("@/lib/auth/api-actor");
  const created = await createApiToken(user, {
    name: `bench ${new Date().toISOString()}`,
    scopes: ["read", "evidence"],
    expiresInDays: 7,
  });
  if (!created.ok) throw new Error(`token refused: ${created.reasons.map((r) => r.message).join(" ")}`);
  const auth = { authorization: `Bearer ${created.value.token}` };
  const base = `${opts.server.url}/api/v1/projects/${owner.slug}`;
  // Each client reports against its own requirement where there are enough (the row is locked per report).
  const evidence = (w: number, i: number) => ({
    target: { kind: "requirement" as const, id: `R${(w % requirements) + 1}` },
    passed: true,
    provider: "other" as const,
    commit: `bench${i}`,
  });
  const http = async (res: Promise<Response>, status: number) => {
    const r = await res;
    const text = await r.text();
    if (r.status !== status) throw new Error(`HTTP ${r.status} ${text.slice(0, 200)}`);
  };
  const tasks = [
    {
      name: "API GET /projects/{slug}",
      http: () => http(fetch(base, { headers: auth }), 200),
      floorName: "getApiProject() in process",
      floor: () => runAsApiActor(user, () => getApiProject(owner.slug)).then(() => {}),
    },
    {
      name: "API POST /projects/{slug}/evidence",
      http: (w: number, i: number) =>
        http(
          fetch(`${base}/evidence`, {
            method: "POST",
            headers: { ...auth, "content-type": "application/json" },
            body: JSON.stringify(evidence(w, i)),
          }),
          201,
        ),
      floorName: "reportEvidence() in process",
      floor: async (w: number, i: number) => {
        const d = await reportEvidence(
          user,
          reportEvidenceSchema.parse({ projectSlug: owner.slug, ...evidence(w, i) }),
        );
        if (!d.ok) throw new Error(d.reasons.map((r) => r.message).join(" "));
      },
    },
  ];
  const rows: Row[] = [];
  for (const concurrency of [1, 20]) {
    const total = opts.quick ? (concurrency === 1 ? 10 : 60) : concurrency === 1 ? 60 : 400;
    for (const t of tasks) {
      const load = { concurrency, total, maxSeconds: opts.maxSeconds };
      const stats = await runLoad(t.http, load);
      const floor = await runLoad(t.floor, load);
      const row: Row = { name: t.name, concurrency, stats, floor: { name: t.floorName, stats: floor } };
      rows.push(row);
      print(row);
    }
  }
  return rows;
}
