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
