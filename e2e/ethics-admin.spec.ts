import { expect, test } from "@playwright/test";
import { expectAccessible, storageStatePath } from "./helpers";

// A researcher by default; the admin's describe below signs in as the admin.
test.use({ storageState: storageStatePath("researcher") });
// Whole journeys with several accessibility scans each: more than the default minute on a busy machine.
test.describe.configure({ timeout: 300_000 });

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
