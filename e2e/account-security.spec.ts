import { expect, test } from "@playwright/test";
import { credentialsSignIn } from "./credentials-client";
import {
  DEMO_PASSWORD,
  expectAccessible,
  signIn,
  signInAndOpenProjects,
  SIGN_IN_TIMEOUT,
  storageStatePath,
} from "./helpers";

// Demo users no other spec signs in as, so locking or signing them out disturbs no one.
const DIEGO = "diego.martins@demo.mltrl.dev";
const FATIMA = "fatima.benali@demo.mltrl.dev";

test.describe("account security", () => {
  test("a cookie copied before sign-out is dead afterwards, for pages and for routes", async ({
    page,
    browser,
    baseURL,
    request,
  }) => {
    test.setTimeout(120_000);
    await signInAndOpenProjects(page, FATIMA);
    const captured = await page.context().cookies();
    expect(captured.some((c) => c.name.includes("session-token"))).toBe(true);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    const replay = await browser.newContext({ storageState: { cookies: captured, origins: [] } });
    const other = await replay.newPage();
    await other.goto("/portfolio");
    await expect(other).toHaveURL(/\/sign-in\?callbackUrl=%2Fportfolio/);
    // The session endpoint does not renew it either.
    const session = await replay.request.get("/api/auth/session");
    expect(await session.json()).not.toHaveProperty("user");
    await replay.close();

    const cookie = captured.map((c) => `${c.name}=${c.value}`).join("; ");
    const route = await request.get("/portfolio/export.csv", { headers: { cookie }, maxRedirects: 0 });
    if (route.status() === 401) expect(route.status()).toBe(401);
    else {
      expect(route.status()).toBeGreaterThanOrEqual(300);
      expect(route.status()).toBeLessThan(400);
      expect(route.headers().location).toMatch(/\/sign-in/);
    }
    expect(baseURL).toBeTruthy();
  });

  test("wrong passwords from one address, even with a rotating X-Forwarded-For, do not lock the owner out elsewhere", async ({
    page,
    baseURL,
    browser,
  }) => {
    test.setTimeout(150_000);
    const attacker = { localAddress: "127.0.0.11" };
    for (let i = 0; i < 5; i++) {
      expect(
        await credentialsSignIn(baseURL!, {
          ...attacker,
          email: DIEGO,
          password: `wrong-${i}`,
          forwardedFor: `203.0.113.${i + 1}`,
        }),
      ).toBe("CredentialsSignin");
    }
    // A spoofed header does not make a new client: that pair is now locked, even with the right password.
    expect(
      await credentialsSignIn(baseURL!, {
        ...attacker,
        email: DIEGO,
        password: DEMO_PASSWORD,
        forwardedFor: "203.0.113.77",
      }),
    ).toBe("TooManyAttempts");

    // The owner, from another address, signs in as usual.
    await signInAndOpenProjects(page, DIEGO);

    // The admin sees the attempts in the sign-in log.
    const adminContext = await browser.newContext({ storageState: storageStatePath("admin") });
    const admin = await adminContext.newPage();
    await admin.goto("/admin/sign-ins");
    await expect(admin.getByRole("heading", { name: "Sign-in log", level: 1 })).toBeVisible();
    const throttled = admin
      .getByRole("row")
      .filter({ hasText: "Sign-in refused: too many attempts" })
      .filter({ hasText: DIEGO });
    await expect(throttled.first()).toContainText("127.0.0.11");
    await expect(
      admin.getByRole("row").filter({ hasText: "Signed in" }).filter({ hasText: DIEGO }).first(),
    ).toBeVisible();
    await expectAccessible(admin);
    await adminContext.close();
  });

  test("a deactivated account is named only after its correct password", async ({ page }) => {
    test.setTimeout(120_000);
    const { Client } = await import("pg");
    const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
    await db.connect();
    const email = "samuel.adeyemi@demo.mltrl.dev";
    try {
      await db.query("UPDATE users SET active = false WHERE email = $1", [email]);
      await signIn(page, email, "not-the-password");
      await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect" })).toBeVisible({
        timeout: SIGN_IN_TIMEOUT,
      });
      await signIn(page, email);
      await expect(page.getByRole("alert").filter({ hasText: "This account is deactivated" })).toBeVisible({
        timeout: SIGN_IN_TIMEOUT,
      });
    } finally {
      await db.query("UPDATE users SET active = true WHERE email = $1", [email]);
      await db.end();
    }
  });
});
