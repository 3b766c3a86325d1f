import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect as baseExpect, type Browser, type BrowserContext, type Page, type TestInfo } from "@playwright/test";
import { SIGN_IN_TIMEOUT, expectAccessible, signIn } from "./helpers";
import { NAMES, people, type Person } from "./review-data";

/**
 * Fixtures of the review-workflow specs. Each spec makes its own project straight in the e2e
 * database (E2E_DATABASE_URL, seeded fresh per run), owned by a demo researcher, so specs never
 * depend on each other's order or on mutable seed state. Everything else goes through the UI,
 * with one browser context per person.
 */
export {
  NAMES,
  makeBareProjects,
  makeProject,
  makeReviewer,
  people,
  setDisciplines,
  setReviewDueIn,
  type Person,
  type ProjectFixture,
} from "./review-data";

/** Server actions and navigations on a busy CI machine can take a while: wait longer than the default. */
export const expect = baseExpect.configure({ timeout: 45_000 });

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
