import { test } from "@playwright/test";
import { contextFor, expect, makeProject, openDraft, requestReview } from "./review-fixtures";
import { Client } from "pg";

/**
 * Status codes and the messages beside them: a page someone may not open answers 403, a missing
 * object 404, a NUL byte in the address a 4xx (not a 500); a paused project's draft says the
 * project is paused; and the last two votes at the same instant show both voters the decision.
 */

test("a forbidden page answers 403 and a missing object 404", async ({ browser }, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 1 });
  const hannah = await (await contextFor(browser, "hannah", testInfo)).newPage();
  const forbidden = await hannah.goto(`/projects/${project.slug}/card/edit`);
  expect(forbidden?.status()).toBe(403);
  await expect(hannah.getByText("403 — Not allowed")).toBeVisible();
  await expect(
    hannah.getByText("Only the project's owners and contributors, or an admin, can change this project"),
  ).toBeVisible();
  expect((await hannah.goto(`/projects/${project.slug}/reviews/new`))?.status()).toBe(403);

  expect((await hannah.goto("/reviews/no-such-review"))?.status()).toBe(404);
  expect((await hannah.goto("/projects/no-such-project"))?.status()).toBe(404);
  expect((await hannah.goto(`/projects/${project.slug}/requirements/999`))?.status()).toBe(404);
});

test("a GET of the password sign-in callback answers 405, not 500", async ({ request }) => {
  const response = await request.get("/api/auth/callback/credentials?email=x", { maxRedirects: 0 });
  expect(response.status()).toBe(405);
  expect(response.headers()["allow"]).toBe("POST");
});

test("a NUL byte in the address is a 4xx, never a 500", async ({ browser }, testInfo) => {
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const page = await lena.goto("/reviews/a%00b");
  expect(page?.status()).toBe(404);
  const json = await lena.request.get("/projects/a%00b/card.json");
  expect(json.status()).toBe(400);
  expect(((await json.json()) as { fieldErrors: Record<string, string> }).fieldErrors.slug).toMatch(/cannot be stored/);
  expect((await lena.request.get("/portfolio/export.csv?q=a%00b")).status()).toBe(400);
  expect((await lena.goto("/projects?q=a%00b"))?.status()).toBe(404);
});

test("a paused project's draft says the project is paused", async ({ browser }, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 1 });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const reviewId = await openDraft(lena, project.slug);
  const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  await db.query("UPDATE projects SET status = 'paused' WHERE id = $1", [project.id]);
  await db.end();
  const res = await lena.goto(`/reviews/${reviewId}/edit`);
  expect(res?.status()).toBe(200);
  await expect(lena.getByRole("status").filter({ hasText: "You can keep preparing this draft" })).toContainText(
    "The project is paused",
  );
  await expect(lena.getByText("Only the project's owners and contributors")).toHaveCount(0);
  await expect(lena.getByRole("button", { name: "Submit for review" })).toHaveCount(0);
});

test("the last two votes at the same instant: both voters see the decision", async ({ browser }, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 2 });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const hannah = await (await contextFor(browser, "hannah", testInfo)).newPage();
  const kofi = await (await contextFor(browser, "kofi", testInfo)).newPage();
  const reviewId = await requestReview(lena, project.slug, ["hannah", "kofi"]);
  for (const p of [hannah, kofi]) {
    await p.goto(`/reviews/${reviewId}`);
    await p.getByLabel(/^Graduate/).check();
  }
  await Promise.all([hannah, kofi].map((p) => p.getByRole("button", { name: "Cast my vote" }).click()));
  for (const p of [hannah, kofi]) {
    await expect(p.getByRole("heading", { name: "Decision: graduated" })).toBeVisible();
    await expect(p.getByRole("button", { name: "Change my vote" })).toHaveCount(0);
    await expect(p.getByText(/The decision comes when all/)).toHaveCount(0);
  }
});
