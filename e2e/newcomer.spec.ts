import { expect, test } from "@playwright/test";
import { demo, signInAndOpenProjects } from "./helpers";

// Runs against `npm start` with no DATABASE_URL on an empty embedded database (see scripts/test-all.ts).
test("a newcomer's `npm start` serves the demo: sign in and see the five seeded projects", async ({ page }) => {
  await signInAndOpenProjects(page, demo.researcher);
  const rows = page.getByRole("link", { name: /neuropathology|recycling|etalumis|causal|meteor/i });
  await expect(rows.first()).toBeVisible();
  for (const name of [/neuropathology/i, /recycling/i, /etalumis/i, /causal/i, /meteor/i]) {
    await expect(page.getByRole("link", { name }).first()).toBeVisible();
  }
});
