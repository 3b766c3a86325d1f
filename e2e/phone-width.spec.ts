import { test, type Browser, type Page } from "@playwright/test";
import { Client } from "pg";
import { storageStatePath, type DemoRole } from "./helpers";
import { contextFor, expect, makeProject, openDraft } from "./review-fixtures";

/**
 * Every page of the app (app/**\/page.tsx) at 390 px: nothing is wider than the phone, so the
 * document never scrolls sideways. Wide content (tables, diffs) scrolls inside its own box.
 * Demo data gives the ids and slugs; a fixture project gives a draft to edit.
 */
test.setTimeout(300_000);

const PHONE = { width: 390, height: 844 };

/** A demo project of Lena's with reviews, a card and requirements, one of its decided reviews and a requirement. */
async function demoIds(): Promise<{ slug: string; reviewId: string; requirement: number }> {
  const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    const r = await db.query<{ slug: string; review_id: string; requirement: number }>(
      `SELECT p.slug, r.id AS review_id, (SELECT min(number) FROM requirements q WHERE q.project_id = p.id) AS requirement
         FROM projects p
         JOIN project_members m ON m.project_id = p.id AND m.role = 'owner'
         JOIN users u ON u.id = m.user_id AND u.email = 'lena.okafor@demo.mltrl.dev'
         JOIN reviews r ON r.project_id = p.id AND r.status IN ('graduated', 'returned')
        WHERE p.slug NOT LIKE 'e2e-%' AND EXISTS (SELECT 1 FROM requirements q WHERE q.project_id = p.id)
        ORDER BY (SELECT count(*) FROM card_revisions c WHERE c.project_id = p.id) DESC, r.level DESC
        LIMIT 1`,
    );
    const row = r.rows[0];
    if (!row) throw new Error("The demo data has no project of Lena's with a decided review and requirements.");
    return { slug: row.slug, reviewId: row.review_id, requirement: row.requirement };
  } finally {
    await db.end();
  }
}

async function phonePage(browser: Browser, role: DemoRole | null): Promise<Page> {
  const context = await browser.newContext({
    storageState: role ? storageStatePath(role) : { cookies: [], origins: [] },
    viewport: PHONE,
  });
  return context.newPage();
}

/** The document's width after the page settled; more than 390 means the page scrolls sideways. */
async function widthOf(page: Page, path: string, shot: string): Promise<string | null> {
  const res = await page.goto(path);
  expect(res?.status(), `${path} answered`).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
  // Kept with the run's output (not in docs), to look at each page on a phone.
  await page.screenshot({ path: shot });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  return width > PHONE.width ? `${path}: ${width} px` : null;
}

test("no page scrolls sideways at 390 px", async ({ browser }, testInfo) => {
  const { slug, reviewId, requirement } = await demoIds();
  const fixture = await makeProject({ owner: "lena", level: 3 });
  const lena = await (await contextFor(browser, "lena", testInfo, PHONE)).newPage();
  const draftId = await openDraft(lena, fixture.slug);

  const pages: [DemoRole | null, string][] = [
    [null, "/sign-in"],
    ["researcher", "/"],
    ["researcher", "/projects"],
    ["researcher", "/my-reviews"],
    ["researcher", "/notifications"],
    ["researcher", "/account"],
    ["researcher", "/api-reference"],
    ["manager", "/portfolio"],
    ["manager", "/portfolio?level=4&overdue=1"],
    ["manager", `/portfolio/${slug}/target`],
    ["manager", "/analytics"],
    ["researcher", "/projects/new"],
    ["researcher", `/projects/${slug}`],
    ["researcher", `/projects/${slug}/edit`],
    ["researcher", `/projects/${slug}/card`],
    ["researcher", `/projects/${slug}/card/diff`],
    ["researcher", `/projects/${slug}/card/edit`],
    ["researcher", `/projects/${slug}/card/history`],
    ["researcher", `/projects/${slug}/card/print`],
    ["researcher", `/projects/${slug}/components`],
    ["researcher", `/projects/${slug}/requirements`],
    ["researcher", `/projects/${slug}/requirements/${requirement}`],
    ["researcher", `/projects/${slug}/requirements/import`],
    ["researcher", `/projects/${slug}/requirements/new`],
    ["researcher", `/projects/${slug}/reviews/new`],
    ["researcher", `/projects/${slug}/reviews/${reviewId}`],
    ["researcher", `/projects/${slug}/timeline`],
    ["researcher", `/reviews/${reviewId}`],
    ["researcher", `/reviews/${draftId}`],
    ["researcher", `/reviews/${draftId}/edit`],
    ["admin", "/admin"],
    ["admin", "/admin/users"],
    ["admin", "/admin/levels"],
    ["admin", "/admin/ethics"],
    ["admin", "/admin/sign-ins"],
    ["admin", "/admin/webhooks"],
    ["admin", `/projects/${slug}/webhooks`],
  ];
  const wide: string[] = [];
  const byRole = new Map<DemoRole | null, Page>();
  const shot = (path: string) => testInfo.outputPath(`${path.replace(/[^a-z0-9]+/gi, "-")}.png`);
  for (const [role, path] of pages) {
    if (!byRole.has(role)) byRole.set(role, await phonePage(browser, role));
    const w = await widthOf(byRole.get(role)!, path, shot(`${role}${path}`));
    if (w) wide.push(w);
  }
  const w = await widthOf(lena, `/reviews/${draftId}/edit`, shot("draft-edit"));
  if (w) wide.push(w);
  expect(wide).toEqual([]);

  // The header keeps to two rows on a phone, the admin's five sections included.
  for (const role of ["admin", "reviewer"] as const) {
    const page = byRole.get(role) ?? (await phonePage(browser, role));
    await page.goto("/projects");
    const height = await page.locator("body > header").evaluate((el) => el.getBoundingClientRect().height);
    expect(height, `the header's height for the ${role}`).toBeLessThan(100);
  }

  // The portfolio's filters fold away on a phone, and are shown when some are applied.
  const manager = byRole.get("manager")!;
  await manager.goto("/portfolio");
  const filters = manager.getByRole("button", { name: /^Filters/ });
  await expect(filters).toHaveAttribute("aria-expanded", "false");
  await expect(manager.getByRole("search", { name: "Filter the portfolio" })).toBeHidden();
  await filters.click();
  await expect(manager.getByRole("search", { name: "Filter the portfolio" })).toBeVisible();
  await manager.goto("/portfolio?level=4");
  await expect(manager.getByRole("button", { name: "Filters (applied)" })).toHaveAttribute("aria-expanded", "true");
  await expect(manager.getByRole("search", { name: "Filter the portfolio" })).toBeVisible();
});
