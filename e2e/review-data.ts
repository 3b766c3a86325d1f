/**
 * The review specs' data, written straight to the e2e database: the demo people, and projects,
 * reviewers and disciplines made per spec. Re-exported by review-fixtures.ts.
 */
import { randomBytes } from "node:crypto";
import { Client } from "pg";

export const people = {
  lena: "lena.okafor@demo.mltrl.dev",
  jonas: "jonas.weber@demo.mltrl.dev",
  hannah: "hannah.brandt@demo.mltrl.dev",
  kofi: "kofi.mensah@demo.mltrl.dev",
  ravi: "ravi.iyer@demo.mltrl.dev",
  sofia: "sofia.lindqvist@demo.mltrl.dev",
  nadia: "nadia.haddad@demo.mltrl.dev",
  mei: "mei.tanaka@demo.mltrl.dev",
  manager: "manager@demo.mltrl.dev",
} as const;
export type Person = keyof typeof people;
export const NAMES: Record<Person, string> = {
  lena: "Dr. Lena Okafor",
  jonas: "Dr. Jonas Weber",
  hannah: "Dr. Hannah Brandt",
  kofi: "Dr. Kofi Mensah",
  ravi: "Ravi Iyer",
  sofia: "Sofia Lindqvist",
  nadia: "Nadia Haddad",
  mei: "Dr. Mei Tanaka",
  manager: "Priya Raman",
};

const uid = () => randomBytes(6).toString("hex");
const id = () => `e2e${uid()}${uid()}`;

function dbUrl(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the review specs through `npm test -- --only e2e`.");
  const host = new URL(url).hostname;
  // Guard: fixtures write straight to the database, so never anything but a local one.
  if (!["localhost", "127.0.0.1", "::1"].includes(host))
    throw new Error(`Refusing to write fixtures to a non-local database (${host}).`);
  return url;
}

const FULL_CARD = {
  tldr: "Finds defects in frames.",
  modelInfo: "A small CNN, explained for domain experts.",
  intendedUse: "Triage by technicians.",
  unacceptableUse: "Unsupervised decisions.",
  testingStatus: "Unit and integration tests in CI.",
  dataFindings: "Balanced classes.",
  dataSources: [{ name: "frames", version: "1.0.0", owner: "lab", datasheetUrl: "https://example.org/datasheet" }],
  trainingConditions: "4 GPUs, 12 h.",
  caveats: "Night images are rare.",
  links: { code: "https://example.org/code", project: "", requirements: "" },
  coupledComponents: "",
};

export type ProjectFixture = { id: string; slug: string; name: string; componentIds: string[] };

/** A project owned by `owner` (and `contributors`) with components at `level`, a full card and requirements passing every gate. */
export async function makeProject(opts: {
  owner: Person;
  contributors?: Person[];
  level: number;
  components?: string[];
  name?: string;
}): Promise<ProjectFixture> {
  const db = new Client({ connectionString: dbUrl() });
  await db.connect();
  try {
    const users = await db.query<{ id: string; email: string }>("SELECT id, email FROM users WHERE email = ANY($1)", [
      [people[opts.owner], ...(opts.contributors ?? []).map((p) => people[p])],
    ]);
    const userId = (p: Person) => users.rows.find((u) => u.email === people[p])!.id;
    const key = uid();
    const name = opts.name ?? `E2E L${opts.level} project ${key}`;
    const projectId = id();
    const slug = `e2e-${key}`;
    await db.query("BEGIN");
    await db.query(
      `INSERT INTO projects (id, slug, name, description, track, index, tags, system_level, level_since, updated_at)
       VALUES ($1, $2, $3, 'Made by the review-workflow e2e spec.', 'product', $4, '{e2e}', $5, now(), now())`,
      [projectId, slug, name, 100000 + Math.floor(Math.random() * 1e8), opts.level],
    );
    await db.query("INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'owner')", [
      projectId,
      userId(opts.owner),
    ]);
    for (const c of opts.contributors ?? [])
      await db.query("INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'contributor')", [
        projectId,
        userId(c),
      ]);
    const componentIds: string[] = [];
    for (const cname of opts.components ?? [`Detector ${key}`]) {
      const cid = id();
      await db.query(
        "INSERT INTO components (id, project_id, name, kind, level, code_version, model_version, data_version, updated_at) VALUES ($1, $2, $3, 'model', $4, '1.0.0', '1.0.0', '1.0.0', now())",
        [cid, projectId, cname, opts.level],
      );
      await db.query(
        "INSERT INTO level_transitions (id, project_id, component_id, to_level, kind, reason, actor_id) VALUES ($1, $2, $3, $4, 'start', 'Created by the e2e fixture', $5)",
        [id(), projectId, cid, opts.level, userId(opts.owner)],
      );
      componentIds.push(cid);
    }
    await db.query(
      "INSERT INTO card_revisions (id, project_id, number, content, changed_sections, summary, author_id, system_level) VALUES ($1, $2, 1, $3, '{}', 'First card', $4, $5)",
      [id(), projectId, JSON.stringify(FULL_CARD), userId(opts.owner), opts.level],
    );
    let n = 1;
    for (const kind of ["research", "technical", "product"]) {
      await db.query(
        `INSERT INTO requirements (id, project_id, number, kind, statement, verification, validation, status, p_failure, value, risk, evidence_links, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'Measured on the held-out set.', 'Accepted by users.', 'validated', 0.2, 5, 1, '{}', now())`,
        [id(), projectId, n++, kind, `The ${kind} requirement shall hold.`],
      );
    }
    await db.query("COMMIT");
    return { id: projectId, slug, name, componentIds };
  } finally {
    await db.end();
  }
}

/**
 * A reviewer of the given disciplines who never signs in (no password), for specs that change a
 * person's disciplines mid-journey without touching the shared demo users. `setDisciplines`
 * changes them later, as an admin would.
 */
export async function makeReviewer(name: string, disciplines: string[]): Promise<{ id: string; name: string }> {
  const db = new Client({ connectionString: dbUrl() });
  await db.connect();
  try {
    const userId = id();
    await db.query(
      `INSERT INTO users (id, email, name, roles, disciplines, updated_at) VALUES ($1, $2, $3, '{reviewer}', $4::"Discipline"[], now())`,
      [userId, `${userId}@e2e.test`, name, disciplines],
    );
    return { id: userId, name };
  } finally {
    await db.end();
  }
}

export async function setDisciplines(userId: string, disciplines: string[]): Promise<void> {
  const db = new Client({ connectionString: dbUrl() });
  await db.connect();
  try {
    await db.query(`UPDATE users SET disciplines = $2::"Discipline"[], updated_at = now() WHERE id = $1`, [
      userId,
      disciplines,
    ]);
  } finally {
    await db.end();
  }
}

/**
 * `count` bare projects (no members, components or card) tagged `tag`, last changed in 2000 so
 * they sort after every other project on /projects and never push another spec's off page 1.
 */
export async function makeBareProjects(tag: string, count: number): Promise<void> {
  const db = new Client({ connectionString: dbUrl() });
  await db.connect();
  try {
    const key = uid();
    await db.query(
      `INSERT INTO projects (id, slug, name, description, track, index, tags, updated_at)
       SELECT 'e2e' || $1 || n, 'e2e-' || $1 || '-' || n, 'E2E paging project ' || n, 'Made by the projects-list e2e spec.',
              'research', $2 + n, ARRAY[$3], timestamptz '2000-01-01' + n * interval '1 minute'
       FROM generate_series(1, $4::int) AS n`,
      [key, 100000 + Math.floor(Math.random() * 1e8), tag, count],
    );
  } finally {
    await db.end();
  }
}

/** Moves a review's due date `days` from now (negative: overdue), as time passing would. */
export async function setReviewDueIn(reviewId: string, days: number): Promise<void> {
  const db = new Client({ connectionString: dbUrl() });
  await db.connect();
  try {
    await db.query("UPDATE reviews SET due_at = now() + make_interval(days => $2) WHERE id = $1", [reviewId, days]);
  } finally {
    await db.end();
  }
}
