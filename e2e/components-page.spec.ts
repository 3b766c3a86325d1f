import { expect, test } from "@playwright/test";
import { makeCardProject } from "./card-fixtures";
import { expectAccessible, storageStatePath } from "./helpers";

// Lena Okafor (researcher) owns every fixture project made here.
test.use({ storageState: storageStatePath("researcher") });
// Whole journeys with several accessibility scans each: more than the default minute on a busy machine.
test.describe.configure({ timeout: 300_000 });

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
