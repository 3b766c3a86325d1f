import { expect, test } from "@playwright/test";
import { Client } from "pg";
import { demo, expectAccessible, signIn, signInAndOpenProjects, SIGN_IN_TIMEOUT } from "./helpers";

test.describe("signing in and out", () => {
  test("a wrong password shows a clear error that does not say whether the account exists", async ({ page }) => {
    await signIn(page, demo.researcher, "not-the-password");
    const error = page.getByRole("alert").filter({ hasText: "Email or password is incorrect" });
    await expect(error).toBeVisible({ timeout: SIGN_IN_TIMEOUT });
    await expect(page).toHaveURL(/\/sign-in/);

    await signIn(page, "nobody-here@demo.mltrl.dev", "whatever-password");
    await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect" })).toBeVisible({
      timeout: SIGN_IN_TIMEOUT,
    });
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

    await page
      .getByRole("link", { name: /meteor/i })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/meteor/i);
    await expect(page.getByText(/System level/i).first()).toBeVisible();
    await expect(page.getByRole("heading", { name: /components/i })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/projects");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a session ends at once when the account's sessions are revoked, and a forged cookie reads as signed out", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    // Grace is a demo reviewer no other spec signs in as, so revoking her sessions disturbs no one.
    const email = "grace.kim@demo.mltrl.dev";
    await signInAndOpenProjects(page, email);
    await page.goto("/my-reviews");
    await expect(page).toHaveURL(/\/my-reviews/);

    // What an admin's password reset or deactivation does: bump the session version.
    const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
    await db.connect();
    try {
      await db.query("UPDATE users SET session_version = session_version + 1 WHERE email = $1", [email]);
    } finally {
      await db.end();
    }
    await page.goto("/my-reviews");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmy-reviews/);

    // The proxy only looks for a cookie; the page itself must refuse one that does not decrypt.
    const forged = await browser.newContext();
    await forged.addCookies([
      { name: "next-auth.session-token", value: "forged.not-a-jwe", url: baseURL ?? "http://127.0.0.1" },
    ]);
    const other = await forged.newPage();
    await other.goto("/portfolio");
    await expect(other).toHaveURL(/\/sign-in\?callbackUrl=%2Fportfolio/);
    await forged.close();
  });
});
