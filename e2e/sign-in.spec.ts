import { expect, test } from "@playwright/test";
import { demo, expectAccessible, signIn, signInAndOpenProjects, SIGN_IN_TIMEOUT } from "./helpers";

test.describe("signing in and out", () => {
  test("a wrong password shows a clear error that does not say whether the account exists", async ({ page }) => {
    await signIn(page, demo.researcher, "not-the-password");
    const error = page.getByRole("alert").filter({ hasText: "Email or password is incorrect" });
    await expect(error).toBeVisible({ timeout: SIGN_IN_TIMEOUT });
    await expect(page).toHaveURL(/\/sign-in/);

    await signIn(page, "nobody-here@demo.mltrl.dev", "whatever-password");
    await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect" })).toBeVisible({ timeout: SIGN_IN_TIMEOUT });
    await expectAccessible(page);
  });

  test("a researcher signs in, sees the projects, opens one, and signs out", async ({ page }) => {
    // Two axe passes over long pages and a deliberately slow password hash.
    test.setTimeout(150_000);
    await signInAndOpenProjects(page, demo.researcher);
    await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
    for (const name of [/neuropathology/i, /recycling/i, /etalumis/i, /causal/i, /meteor/i]) {
      await expect(page.getByRole("link", { name }).first()).toBeVisible();
    }
    await expectAccessible(page);

    await page.getByRole("link", { name: /meteor/i }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/meteor/i);
    await expect(page.getByText(/System level/i).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: /components/i })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/projects");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
