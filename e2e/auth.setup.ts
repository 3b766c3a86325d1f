import { expect, test as setup } from "@playwright/test";
import { demo, signIn, storageStatePath, type DemoRole } from "./helpers";

// Signs each role in once through the real form and saves the session for the other specs.
for (const role of Object.keys(demo) as DemoRole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, demo[role]);
    await expect(page).toHaveURL(/\/projects/);
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
