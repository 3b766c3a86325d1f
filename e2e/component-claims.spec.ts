import { test } from "@playwright/test";
import { componentCard, expectSystemLevel } from "./component-locators";
import { contextFor, expect, makeProject } from "./review-fixtures";

/**
 * Regression: a contributor on a level-4 project created a component at 9, imported a level-9
 * component and archived the level-4 components, raising the system level 4 → 9 with no review.
 * Through the browser, as a contributor: a created or imported component starts at 0 and shows
 * "claimed L9, unconfirmed"; the system level never rises above 4 (the claims count at 0); and the
 * archives that would have lifted it are listed on the timeline as their own event.
 */
test.setTimeout(240_000);

const key = () => Math.random().toString(36).slice(2, 8);

test("a contributor cannot raise the system level by creating, importing or archiving components", async ({
  browser,
}, testInfo) => {
  const k = key();
  const [a, b] = [`Encoder ${k}`, `Decoder ${k}`];
  const project = await makeProject({
    owner: "lena",
    contributors: ["jonas"],
    level: 4,
    components: [a, b],
    name: `Claims ${k}`,
  });
  const deployed = await makeProject({ owner: "sofia", level: 9, components: [`Ranker ${k}`], name: `Deployed ${k}` });
  const context = await contextFor(browser, "jonas", testInfo);
  const page = await context.newPage();
  await expectSystemLevel(page, project.slug, "L4");

  // 1. Create at a claimed level 9: it starts at 0 and says so.
  await page.goto(`/projects/${project.slug}/components`);
  const add = page.getByRole("form", { name: "Add a component" });
  await add.getByLabel("Name").fill(`Vendor model ${k}`);
  await add.getByLabel(/Claimed level/).selectOption({ label: "L9 · Deployment" });
  await add.getByRole("button", { name: "Add component" }).click();
  await expect(add.getByText(/claimed L9, unconfirmed/)).toBeVisible();
  await expect(componentCard(page, `Vendor model ${k}`)).toContainText("claimed L9, unconfirmed");

  // 2. Import a level-9 component of another project: also 0, claimed 9, with its provenance.
  const imp = page.getByRole("form", { name: "Import a component from another project" });
  await imp.getByLabel("Component").selectOption({ label: `Ranker ${k} — Model, L9` });
  await imp.getByRole("button", { name: "Import component" }).click();
  await expect(imp.getByText(/claimed L9, unconfirmed/)).toBeVisible();
  const imported = componentCard(page, `Ranker ${k}`);
  await expect(imported).toContainText("claimed L9, unconfirmed");
  await expect(imported).toContainText(`Deployed ${k}`);

  // 3. Archive the two level-4 components.
  for (const name of [a, b]) {
    const card = componentCard(page, name);
    await card.locator("summary", { hasText: "Archive" }).click();
    await card.getByLabel("Why archive it?").fill("Superseded by the vendor model.");
    await card.getByRole("button", { name: `Archive ${name}` }).click();
    // The form (and its "Archived …" message) goes once the page refreshes: wait for the badge.
    await expect(card.getByText("Archived", { exact: true })).toBeVisible();
  }

  // The system level never rose: the claimed components count at their confirmed level 0.
  await expectSystemLevel(page, project.slug, "L0");
  await expect(page.getByRole("region", { name: "Components" })).toContainText("claimed L9, unconfirmed");
  await page.goto("/projects");
  const row = page.getByRole("row").filter({ hasText: `Claims ${k}` });
  await expect(row).toContainText("claimed L9, unconfirmed");
  expect(deployed.componentIds).toHaveLength(1);
  await context.close();
});

test("archiving the weakest link is its own event on the timeline", async ({ browser }, testInfo) => {
  const k = key();
  const project = await makeProject({
    owner: "lena",
    contributors: ["jonas"],
    level: 2,
    components: [`Probe ${k}`],
    name: `Weakest ${k}`,
  });
  const context = await contextFor(browser, "jonas", testInfo);
  const page = await context.newPage();
  await page.goto(`/projects/${project.slug}/components`);
  // An unclaimed new component lowers the system level 2 → 0; archiving it lifts it 0 → 2 unreviewed.
  const add = page.getByRole("form", { name: "Add a component" });
  await add.getByLabel("Name").fill(`Scratch ${k}`);
  await add.getByRole("button", { name: "Add component" }).click();
  await expect(add.getByText(`Added Scratch ${k} at level 0.`)).toBeVisible();
  const card = componentCard(page, `Scratch ${k}`);
  await card.locator("summary", { hasText: "Archive" }).click();
  await card.getByLabel("Why archive it?").fill("Started by mistake.");
  await card.getByRole("button", { name: `Archive Scratch ${k}` }).click();
  await expect(card.getByText("Archived", { exact: true })).toBeVisible();
  await page.goto(`/projects/${project.slug}/timeline`);
  const table = page.getByRole("table", { name: "System level raised without a review (weakest link archived)" });
  await expect(table.getByRole("row").filter({ hasText: `Scratch ${k}` })).toContainText("L0 → L2");
  await context.close();
});
