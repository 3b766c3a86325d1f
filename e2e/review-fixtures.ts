import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect as baseExpect, type Browser, type BrowserContext, type Page, type TestInfo } from "@playwright/test";
import { Client } from "pg";
import { SIGN_IN_TIMEOUT, expectAccessible, signIn } from "./helpers";

/**
 * Fixtures of the review-workflow specs. Each spec makes its own project straight in the e2e
 * database (E2E_DATABASE_URL, seeded fresh per run), owned by a demo researcher, so specs never
 * depend on each other's order or on mutable seed state. Everything else goes through the UI,
 * with one browser context per person.
 */

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

/** Server actions and navigations on a busy CI machine can take a while: wait longer than the default. */
export const expect = baseExpect.configure({ timeout: 45_000 });

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

/** One signed-in browser context per person, created once per worker and reused by its specs. */
const sessions = new Map<Person, string>();
export async function contextFor(
  browser: Browser,
  who: Person,
  testInfo: TestInfo,
  viewport = { width: 1280, height: 900 },
): Promise<BrowserContext> {
  const file = sessions.get(who);
  if (file) return browser.newContext({ storageState: file, viewport });
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport });
  const page = await context.newPage();
  await signIn(page, people[who]);
  await expect(page).toHaveURL(/\/projects$/, { timeout: SIGN_IN_TIMEOUT });
  const dir = path.join(testInfo.project.outputDir, ".review-auth");
  mkdirSync(dir, { recursive: true });
  const out = path.join(dir, `${who}-${testInfo.workerIndex}.json`);
  await context.storageState({ path: out });
  sessions.set(who, out);
  await page.close();
  return context;
}

/** Screenshots at desktop width and at 390 px, attached to the run and kept in docs/screenshots. */
export async function screenshots(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const [suffix, width] of [
    ["", 1280],
    ["-390", 390],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(300);
    const body = await page.screenshot({ fullPage: true });
    await testInfo.attach(`${name}${suffix}.png`, { body, contentType: "image/png" });
    if (process.env.SAVE_SCREENSHOTS !== "0") {
      const dir = path.join(process.cwd(), "docs/screenshots");
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ fullPage: true, path: path.join(dir, `${name}${suffix}.png`) });
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

export { expectAccessible };

/** Answers every gate criterion "done" with a link and every ethics item "yes" with a note. */
export async function fillChecklists(page: Page): Promise<void> {
  const criteria = page.locator('fieldset[id^="criterion-"]');
  const n = await criteria.count();
  for (let i = 0; i < n; i++) {
    const f = criteria.nth(i);
    await f.getByLabel("Done, with evidence").check();
    await f.getByLabel("Evidence link").fill(`https://example.org/evidence/${i + 1}`);
  }
  const ethics = page.locator('fieldset[id^="ethics-"]');
  const m = await ethics.count();
  for (let i = 0; i < m; i++) {
    const f = ethics.nth(i);
    await f.getByLabel("Yes").check();
    await f.getByLabel("Note explaining the answer").fill("Checked with the data owner.");
  }
}

/** Seats `who` in order (the first chairs) on the draft editor's panel, replacing nothing already there. */
export async function seat(page: Page, seats: Person[], startAt = 0): Promise<void> {
  for (const [j, p] of seats.entries()) {
    const i = startAt + j;
    await page.getByRole("button", { name: "Add a seat" }).click();
    const select = page.getByLabel(`Seat ${i + 1}: person`);
    const value = await select.locator("option", { hasText: NAMES[p] }).first().getAttribute("value");
    await select.selectOption(value!);
    if (i === 0) await page.getByRole("radio", { name: `Chair (seat ${i + 1})` }).check();
  }
}

/**
 * Opens a draft via the project page and the start form; returns the review id. `choice` picks the
 * start form's "Level to leave" option by value ("gate:3", "entry:3"); by default its first one.
 * `before` runs on the start form after the choice, before the draft opens.
 */
export async function openDraft(
  page: Page,
  slug: string,
  choice?: string,
  before?: () => Promise<void>,
): Promise<string> {
  await page.goto(`/projects/${slug}`);
  await page.getByRole("link", { name: "Request a review" }).click();
  await expect(page.getByRole("heading", { name: "Request a gated review" })).toBeVisible();
  if (choice) await page.getByLabel("Level to leave").selectOption(choice);
  if (before) await before();
  await page.getByRole("button", { name: "Open the draft" }).click();
  await expect(page).toHaveURL(/\/reviews\/[^/]+\/edit$/);
  return page.url().split("/reviews/")[1]!.split("/")[0]!;
}

/** A manager (or admin) confirms the proposed chair on the draft's review page. */
export async function confirmChair(manager: Page, reviewId: string, chairName: string): Promise<void> {
  await manager.goto(`/reviews/${reviewId}`);
  await expect(manager.getByTestId("chair-status")).toContainText("Chair awaiting confirmation by a manager");
  await manager.getByRole("button", { name: `Confirm ${chairName} as chair` }).click();
  await expect(manager.getByText(`${chairName} is confirmed as chair`)).toBeVisible();
}

/**
 * A complete request in one go: checklists, panel, submit; returns the review id. Levels whose
 * chair a manager confirms (L4+) need `confirmAs`: the draft is saved, that manager confirms the
 * first seat's holder, then the author submits.
 */
export async function requestReview(page: Page, slug: string, panel: Person[], confirmAs?: Page): Promise<string> {
  const reviewId = await openDraft(page, slug);
  await fillChecklists(page);
  await seat(page, panel);
  if (confirmAs) {
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Draft saved.")).toBeVisible();
    await confirmChair(confirmAs, reviewId, NAMES[panel[0]!]);
  }
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(new RegExp(`/reviews/${reviewId}\\?submitted=1$`));
  await expect(page.getByText("The review is open")).toBeVisible();
  return reviewId;
}

/** Casts a vote on the review page as the person whose page this is. */
export async function vote(
  page: Page,
  reviewId: string,
  choice: "graduate" | "return",
  task?: { text: string; metric?: string; target?: string },
): Promise<void> {
  await page.goto(`/reviews/${reviewId}`);
  await page.getByLabel(choice === "graduate" ? /^Graduate/ : /^Return/).check();
  if (task) {
    await page.getByLabel("Task 1").fill(task.text);
    if (task.metric) await page.getByLabel("Metric (optional)").first().fill(task.metric);
    if (task.target) await page.getByLabel("Target (optional)").first().fill(task.target);
  }
  await page.getByRole("button", { name: /Cast my vote|Change my vote/ }).click();
}
