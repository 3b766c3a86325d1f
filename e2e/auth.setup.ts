import { test as setup } from "@playwright/test";
import { demo, signInAndOpenProjects, storageStatePath, type DemoRole } from "./helpers";

// Signs each role in once through the real form and saves the session for the other specs.
for (const role of Object.keys(demo) as DemoRole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signInAndOpenProjects(page, demo[role]);
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
