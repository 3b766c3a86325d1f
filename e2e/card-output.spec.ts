import { expect, test } from "@playwright/test";
import { makeCardProject } from "./card-fixtures";
import { expectAccessible, storageStatePath } from "./helpers";

// Lena Okafor (researcher) owns every fixture project made here.
test.use({ storageState: storageStatePath("researcher") });
// Whole journeys with several accessibility scans each: more than the default minute on a busy machine.
test.describe.configure({ timeout: 300_000 });

// What the card gives out: the Markdown and JSON export, the public badge, earlier levels and print.

test("the Markdown export of the seeded neuropathology project holds every section with its text; JSON matches", async ({
  page,
}) => {
  const json = await page.request.get("/projects/neuropathology-copilot/card.json");
  expect(json.status()).toBe(200);
  const card = (await json.json()) as { cardId: string; content: Record<string, unknown> };
  const md = await page.request.get("/projects/neuropathology-copilot/card.md");
  expect(md.status()).toBe(200);
  expect(md.headers()["content-type"]).toContain("text/markdown");
  const text = await md.text();
  expect(text).toContain(`# TRL Card ${card.cardId}: Neuropathology copilot`);
  for (const heading of [
    "## Summary",
    "## TL;DR",
    "## Requirements",
    "## Model and algorithm",
    "## Intended and unacceptable uses",
    "## Testing status",
    "## Data considerations",
    "## Caveats, edge cases, biases and recommendations",
    "## Stage debriefs",
  ]) {
    expect(text).toContain(heading);
  }
  for (const field of [
    "tldr",
    "modelInfo",
    "intendedUse",
    "unacceptableUse",
    "testingStatus",
    "dataFindings",
    "trainingConditions",
    "caveats",
  ]) {
    const value = String(card.content[field] ?? "").trim();
    expect(value.length, field).toBeGreaterThan(0);
    expect(text, field).toContain(value);
  }
  for (const source of card.content.dataSources as { name: string }[]) expect(text).toContain(source.name);
  expect(text).toContain("1. **R1**");
});

test("the badge is public, valid SVG with the level and a cache header, and reveals nothing else", async ({
  browser,
  page,
}) => {
  const p = await makeCardProject({ level: 4 });
  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const res = await anonymous.request.get(`/projects/${p.slug}/badge.svg`, { maxRedirects: 0 });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("image/svg+xml");
  expect(res.headers()["cache-control"]).toMatch(/public, max-age=\d+/);
  const svg = await res.text();
  expect(svg).toContain(">MLTRL</text>");
  expect(svg).toContain(">4</text>");
  expect(svg).not.toContain(p.name);
  await page.goto("/projects");
  const problems = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, "image/svg+xml");
    return {
      errors: doc.getElementsByTagName("parsererror").length,
      root: doc.documentElement.nodeName,
      title: doc.querySelector("title")?.textContent,
    };
  }, svg);
  expect(problems).toEqual({ errors: 0, root: "svg", title: "MLTRL level 4 (prototyping)" });
  const missing = await anonymous.request.get("/projects/no-such-project-here/badge.svg", { maxRedirects: 0 });
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("unknown project");
  // The card exports themselves are private.
  const md = await anonymous.request.get(`/projects/${p.slug}/card.md`, { maxRedirects: 0 });
  expect(md.status()).toBeGreaterThanOrEqual(300);
  expect(md.status()).toBeLessThan(400);
  await anonymous.close();
});

test("the card page links the card at earlier levels, and the print view is clean", async ({ page }) => {
  await page.goto("/projects/neuropathology-copilot/card");
  await expect(page.getByRole("heading", { level: 1, name: /TRL Card P01\.\d+/ })).toBeVisible();
  await page.getByRole("link", { name: "L2 (revision 3)" }).click();
  await expect(page).toHaveURL(/revision=3/);
  await expect(page.getByText(/You are reading revision 3; the newest is \d+\./)).toBeVisible();
  await expectAccessible(page);
  await page.goto("/projects/neuropathology-copilot/card/print");
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(page.locator("body > header")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await expectAccessible(page);
});
