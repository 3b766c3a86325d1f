import { expect, test, type Page } from "@playwright/test";
import { FIXTURE_CARD, makeCardProject } from "./card-fixtures";
import { expectAccessible, storageStatePath } from "./helpers";

// Lena Okafor (researcher) owns every fixture project made here.
test.use({ storageState: storageStatePath("researcher") });
// Whole journeys with several accessibility scans each: more than the default minute on a busy machine.
test.describe.configure({ timeout: 300_000 });

const section = (page: Page, title: string) => page.getByRole("region", { name: title, exact: true });

/** Opens a section's form, types `text` into its Markdown field and saves; returns the status text. */
async function editSection(page: Page, title: string, field: string, text: string): Promise<void> {
  const s = section(page, title);
  await s.getByRole("button", { name: `Edit ${title}` }).click();
  await s.getByLabel(`${field} (Markdown)`).fill(text);
  await s.getByRole("button", { name: "Save section" }).click();
}

test("a researcher edits three sections with a live preview, compares revisions and restores an older one", async ({
  page,
}) => {
  const p = await makeCardProject({});
  await page.goto(`/projects/${p.slug}/card/edit`);
  await expect(page.getByRole("heading", { level: 1, name: /Edit TRL Card R\d+\.1/ })).toBeVisible();
  await expectAccessible(page);

  // The preview renders the Markdown as it is typed.
  const tldr = section(page, "TL;DR");
  await tldr.getByRole("button", { name: "Edit TL;DR" }).click();
  await tldr.getByLabel("TL;DR (Markdown)").fill("A **triage aid** for frame defects.\n\n- fast\n- explainable");
  const preview = tldr.getByRole("region", { name: "Preview of TL;DR" });
  await expect(preview.locator("strong")).toHaveText("triage aid");
  await expect(preview.getByRole("listitem")).toHaveText(["fast", "explainable"]);
  await expectAccessible(page);
  await tldr.getByRole("button", { name: "Save section" }).click();
  await expect(tldr.getByRole("status")).toHaveText("Saved as revision 2.");
  await expect(tldr.locator("strong")).toHaveText("triage aid");

  await editSection(page, "Testing status", "Testing status", "Unit, integration and **golden-set** tests in CI.");
  await expect(section(page, "Testing status").getByRole("status")).toHaveText("Saved as revision 3.");
  await editSection(
    page,
    "Caveats, edge cases, biases and recommendations",
    "Caveats, edge cases, biases and recommendations",
    "Night images and rain are rare.",
  );
  await expect(section(page, "Caveats, edge cases, biases and recommendations").getByRole("status")).toHaveText(
    "Saved as revision 4.",
  );

  // History: who, when, which sections; then the side-by-side diff of revision 1 and 4.
  await page.goto(`/projects/${p.slug}/card/history`);
  const revisions = page.getByRole("list", { name: "Revisions, newest first" }).getByRole("listitem");
  await expect(revisions).toHaveCount(4);
  await expect(revisions.first()).toContainText("Revision 4");
  await expect(revisions.first()).toContainText("Dr. Lena Okafor");
  await expect(revisions.first()).toContainText("Sections: Caveats, edge cases, biases and recommendations");
  await expectAccessible(page);
  await page.getByLabel("Compare", { exact: true }).selectOption("1");
  await page.getByLabel("with", { exact: true }).selectOption("4");
  await page.getByRole("button", { name: "Show side by side" }).click();
  await expect(page).toHaveURL(/\/card\/diff\?from=1&to=4/);
  await expect(
    page.getByText("3 sections changed: TL;DR, Testing status, Caveats, edge cases, biases and recommendations."),
  ).toBeVisible();
  const tldrDiff = page.getByRole("table", { name: "TL;DR: revision 1 and revision 4" });
  await expect(tldrDiff.getByRole("cell", { name: `Removed: ${FIXTURE_CARD.tldr}` })).toBeVisible();
  await expect(tldrDiff.getByRole("cell", { name: "Added: A **triage aid** for frame defects." })).toBeVisible();
  await expectAccessible(page);

  // Restore revision 1 as revision 5.
  await page.goto(`/projects/${p.slug}/card/history`);
  await page.getByRole("button", { name: "Restore revision 1" }).click();
  await page.getByRole("button", { name: "Yes, restore revision 1" }).click();
  await expect(page.getByText("Restored revision 1 as revision 5.")).toBeVisible();
  await expect(revisions).toHaveCount(5);
  await expect(revisions.first()).toContainText("Restored from revision 1.");
  await page.goto(`/projects/${p.slug}/card`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/TRL Card R\d+\.5/);
  await expect(page.getByText(FIXTURE_CARD.tldr)).toBeVisible();
  await expect(page.getByText(FIXTURE_CARD.caveats)).toBeVisible();
  await expectAccessible(page);
});

test("two people editing the same section: the second save shows both versions and is merged, never overwritten", async ({
  browser,
}) => {
  const p = await makeCardProject({});
  const contexts = await Promise.all(
    [0, 1].map(() => browser.newContext({ storageState: storageStatePath("researcher") })),
  );
  const [first, second] = await Promise.all(contexts.map((c) => c.newPage()));
  for (const page of [first!, second!]) {
    await page.goto(`/projects/${p.slug}/card/edit`);
    await section(page, "TL;DR").getByRole("button", { name: "Edit TL;DR" }).click();
  }
  await section(first!, "TL;DR").getByLabel("TL;DR (Markdown)").fill("First editor's summary.");
  await section(first!, "TL;DR").getByRole("button", { name: "Save section" }).click();
  await expect(section(first!, "TL;DR").getByRole("status")).toHaveText("Saved as revision 2.");

  const s = section(second!, "TL;DR");
  await s.getByLabel("TL;DR (Markdown)").fill("Second editor's summary.");
  await s.getByRole("button", { name: "Save section" }).click();
  await expect(s.getByRole("alert")).toContainText("Not saved: Dr. Lena Okafor changed this section in revision 2");
  const conflict = s.getByRole("group", { name: "Edit conflict" });
  await expect(conflict.getByRole("columnheader", { name: /Their version \(revision 2/ })).toBeVisible();
  await expect(conflict.getByRole("cell", { name: "Removed: First editor's summary." })).toBeVisible();
  await expect(conflict.getByRole("cell", { name: "Added: Second editor's summary." })).toBeVisible();
  await expectAccessible(second!);

  await conflict.getByRole("button", { name: "Start from their version" }).click();
  await expect(s.getByLabel("TL;DR (Markdown)")).toHaveValue("First editor's summary.");
  await s.getByLabel("TL;DR (Markdown)").fill("First editor's summary. Second editor's addition.");
  await s.getByRole("button", { name: "Save merged version" }).click();
  await expect(s.getByRole("status")).toHaveText("Saved as revision 3.");

  await first!.goto(`/projects/${p.slug}/card`);
  await expect(first!.getByText("First editor's summary. Second editor's addition.")).toBeVisible();
  await Promise.all(contexts.map((c) => c.close()));
});

test("a card with a script tag and javascript: links renders inert, in the preview and on the card", async ({
  page,
}) => {
  const p = await makeCardProject({});
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const evil = [
    "<script>window.__cardXss = 1; alert('script')</script>",
    "[click me](javascript:alert('link'))",
    "<a href=\"javascript:alert('html link')\">html link</a>",
    '<img src="x" onerror="alert(\'img\')">',
    "[data](data:text/html,<script>alert('data')</script>)",
  ].join("\n\n");
  await page.goto(`/projects/${p.slug}/card/edit`);
  const caveats = section(page, "Caveats, edge cases, biases and recommendations");
  await caveats.getByRole("button", { name: "Edit Caveats, edge cases, biases and recommendations" }).click();
  await caveats.getByLabel("Caveats, edge cases, biases and recommendations (Markdown)").fill(evil);
  await expect(caveats.getByRole("region", { name: /^Preview of/ })).toContainText("click me");
  await caveats.getByRole("button", { name: "Save section" }).click();
  await expect(caveats.getByRole("status")).toHaveText("Saved as revision 2.");

  for (const path of [`/projects/${p.slug}/card`, `/projects/${p.slug}/card/print`, `/projects/${p.slug}`]) {
    await page.goto(path);
    await expect(page.getByText("click me").first()).toBeVisible();
    await expect(page.locator('[href^="javascript:" i], [src^="javascript:" i], [href^="data:" i]')).toHaveCount(0);
    await expect(page.locator("main script")).toHaveCount(0);
    await expect(page.locator("main img")).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __cardXss?: number }).__cardXss)).toBeUndefined();
  }
  expect(dialogs).toEqual([]);
});

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

test("components: add one claiming a level (it starts at 0), bump its versions with a changelog line, archive it", async ({
  page,
}) => {
  const p = await makeCardProject({ level: 3 });
  await page.goto(`/projects/${p.slug}/components`);
  const add = page.getByRole("form", { name: "Add a component" });
  await add.getByLabel("Name").fill("Tiling pipeline");
  await add.getByLabel("Kind").selectOption("data_pipeline");
  await add.getByLabel(/Claimed level/).selectOption("3");
  await add.getByLabel("Code version").fill("0.4.0");
  await add.getByRole("button", { name: "Add component" }).click();
  await expect(add.getByRole("status")).toHaveText(
    "Added Tiling pipeline at level 0, claimed L3, unconfirmed: open an entry review at level 3 to confirm it.",
  );
  const item = page.getByRole("article", { name: "Tiling pipeline" });
  await expect(item).toContainText("claimed L3, unconfirmed");
  await expect(item).toContainText("code 0.4.0 · model 0.1.0 · data 0.1.0");
  await expectAccessible(page);

  await item.locator("summary", { hasText: "New versions" }).click();
  const bump = item.getByRole("form", { name: "New versions of Tiling pipeline" });
  await bump.getByLabel("Code version").fill("0.3.0");
  await bump.getByLabel("Changelog line").fill("Faster tiling.");
  await bump.getByRole("button", { name: "Save new versions" }).click();
  await expect(bump.getByText(/must increase beyond 0\.4\.0/)).toBeVisible();
  await bump.getByLabel("Code version").fill("0.5.0");
  await bump.getByRole("button", { name: "Save new versions" }).click();
  await expect(bump.getByRole("status")).toHaveText("Saved the new versions of Tiling pipeline.");
  await expect(item).toContainText("code 0.5.0");
  await item.locator("summary", { hasText: "Changelog (1)" }).click();
  await expect(item).toContainText("0.5.0/0.1.0/0.1.0 — Faster tiling.");

  await item.locator("summary", { hasText: "Archive" }).click();
  const archive = item.getByRole("form", { name: "Archive Tiling pipeline" });
  await archive.getByLabel("Why archive it?").fill("Merged into the detector.");
  await archive.getByRole("button", { name: "Archive Tiling pipeline" }).click();
  await expect(page.getByRole("article", { name: "Tiling pipeline" })).toContainText("Archived");
});

test.describe("ethics checklist administration", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("an admin sees every version and the editor for the next one; a researcher is refused", async ({
    page,
    browser,
  }) => {
    await page.goto("/admin/ethics");
    await expect(page.getByRole("heading", { level: 1, name: "Ethics checklist" })).toBeVisible();
    await expect(page.getByLabel("Item 1: question")).not.toHaveValue("");
    await expect(page.getByRole("button", { name: /^Publish as version \d+$/ })).toBeVisible();
    await expect(page.getByText(/^Version 1 —/)).toBeVisible();
    await expectAccessible(page);
    const researcher = await browser.newContext({ storageState: storageStatePath("researcher") });
    const other = await researcher.newPage();
    await other.goto("/admin/ethics");
    await expect(other.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    await researcher.close();
  });
});
