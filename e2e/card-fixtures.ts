import { randomBytes } from "node:crypto";
import { Client } from "pg";

/**
 * Fixtures of the card and requirements specs: each test makes its own project straight in the
 * e2e database (E2E_DATABASE_URL, seeded fresh per run), so the specs never depend on each other
 * or change the seeded projects other specs read. Everything else goes through the UI.
 */
export const LENA = "lena.okafor@demo.mltrl.dev";
export const JONAS = "jonas.weber@demo.mltrl.dev";

const uid = () => randomBytes(6).toString("hex");
const id = () => `e2ecard${uid()}${uid()}`;

function dbUrl(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the specs through `npm test -- --only e2e`.");
  // Fixtures write straight to the database: never anything but a local one.
  if (!["localhost", "127.0.0.1", "::1"].includes(new URL(url).hostname))
    throw new Error("Refusing to write fixtures to a non-local database.");
  return url;
}

export const FIXTURE_CARD = {
  tldr: "Finds defects in frames.",
  modelInfo: "A small CNN, explained for domain experts.",
  intendedUse: "Triage by technicians.",
  unacceptableUse: "Unsupervised decisions.",
  testingStatus: "Unit tests in CI.",
  dataFindings: "Balanced classes.",
  dataSources: [{ name: "frames", version: "1.0.0", owner: "lab", datasheetUrl: "https://example.org/datasheet" }],
  trainingConditions: "4 GPUs, 12 h.",
  caveats: "Night images are rare.",
  links: { code: "https://example.org/code", project: "", requirements: "" },
  coupledComponents: "",
};

export type FixtureRequirement = {
  kind: "research" | "technical" | "product";
  statement: string;
  verification?: string;
  validation?: string;
  status?: "open" | "verified" | "validated" | "waived";
  waiverReason?: string | null;
  pFailure: number;
  value: number;
  ownerEmail?: string | null;
  evidenceLinks?: string[];
};

export type CardProject = { id: string; slug: string; name: string };

/** A project with one component at `level`, card revision 1 and the given requirements. */
export async function makeCardProject(opts: {
  owner?: string;
  contributors?: string[];
  level?: number;
  card?: boolean;
  requirements?: FixtureRequirement[];
}): Promise<CardProject> {
  const db = new Client({ connectionString: dbUrl() });
  await db.connect();
  try {
    const emails = [
      opts.owner ?? LENA,
      ...(opts.contributors ?? []),
      ...(opts.requirements ?? []).flatMap((r) => (r.ownerEmail ? [r.ownerEmail] : [])),
    ];
    const users = await db.query<{ id: string; email: string }>("SELECT id, email FROM users WHERE email = ANY($1)", [
      emails,
    ]);
    const userId = (email: string) => users.rows.find((u) => u.email === email)!.id;
    const key = uid();
    const projectId = id();
    const slug = `e2e-card-${key}`;
    const name = `Card spec project ${key}`;
    const level = opts.level ?? 2;
    await db.query("BEGIN");
    await db.query(
      `INSERT INTO projects (id, slug, name, description, track, index, tags, system_level, level_since, updated_at)
       VALUES ($1, $2, $3, 'Made by the card e2e spec.', 'research', $4, '{e2e}', $5, now(), now())`,
      [projectId, slug, name, 200000 + Math.floor(Math.random() * 1e8), level],
    );
    await db.query("INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'owner')", [
      projectId,
      userId(opts.owner ?? LENA),
    ]);
    for (const c of opts.contributors ?? [])
      await db.query("INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'contributor')", [
        projectId,
        userId(c),
      ]);
    const componentId = id();
    await db.query(
      "INSERT INTO components (id, project_id, name, kind, level, code_version, model_version, data_version, updated_at) VALUES ($1, $2, $3, 'model', $4, '1.0.0', '1.0.0', '1.0.0', now())",
      [componentId, projectId, `Detector ${key}`, level],
    );
    await db.query(
      "INSERT INTO level_transitions (id, project_id, component_id, to_level, kind, reason) VALUES ($1, $2, $3, $4, 'start', 'Created by the e2e fixture')",
      [id(), projectId, componentId, level],
    );
    if (opts.card !== false) {
      await db.query(
        "INSERT INTO card_revisions (id, project_id, number, content, changed_sections, summary, author_id, system_level) VALUES ($1, $2, 1, $3, '{}', 'First card', $4, $5)",
        [id(), projectId, JSON.stringify(FIXTURE_CARD), userId(opts.owner ?? LENA), level],
      );
    }
    let n = 1;
    for (const r of opts.requirements ?? []) {
      await db.query(
        `INSERT INTO requirements (id, project_id, number, kind, statement, verification, validation, status, waiver_reason, p_failure, value, risk, owner_id, evidence_links, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now())`,
        [
          id(),
          projectId,
          n++,
          r.kind,
          r.statement,
          r.verification ?? "",
          r.validation ?? "",
          r.status ?? "open",
          r.waiverReason ?? null,
          r.pFailure,
          r.value,
          Math.round(r.pFailure * r.value * 100) / 100,
          r.ownerEmail ? userId(r.ownerEmail) : null,
          r.evidenceLinks ?? [],
        ],
      );
    }
    await db.query("COMMIT");
    return { id: projectId, slug, name };
  } finally {
    await db.end();
  }
}
