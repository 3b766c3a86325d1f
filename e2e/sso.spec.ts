import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

/**
 * Single sign-on against a real OpenID Provider (panva's oidc-provider on its defaults, started by
 * scripts/test-all.ts on the loopback; test/oidc-test-provider.ts). Its login form takes any
 * password; the login name picks the account and so the claims it releases through UserInfo.
 * Two tests switch the provider's mode: no other spec uses it, and this file's tests run one after
 * another in one worker (fullyParallel is off); a failure does not skip the others.
 */
const op = process.env.E2E_OIDC_URL;
test.describe.configure({ mode: "default" });
test.skip(!op, "needs the test OpenID Provider (scripts/test-all.ts starts it)");

async function setMode(request: APIRequestContext, mode: "normal" | "down" | "wrong-issuer") {
  expect((await request.post(`${op}/__test/mode/${mode}`)).status()).toBe(204);
}

/** From the app's sign-in page through the provider's login and consent (each test has a fresh browser context). */
async function ssoSignIn(page: Page, login: string) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with Test IdP" }).click();
  await expect(page).toHaveURL(new RegExp(`^${op}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test.describe("single sign-on", () => {
  test("a user whose e-mail the provider releases through UserInfo signs in; sign-out also ends the provider's session", async ({
    page,
  }) => {
    await ssoSignIn(page, "member");
    await expect(page).toHaveURL(/\/projects$/);
    await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    // RP-initiated logout: the provider asks to confirm, then sends the browser back to /sign-in.
    await expect(page).toHaveURL(new RegExp(`^${op}/session/end`));
    await page.getByRole("button", { name: "Yes, sign me out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/projects");
    await expect(page).toHaveURL(/\/sign-in/);

    // The provider's session is over too: SSO asks for a login again instead of passing straight through.
    await page.getByRole("button", { name: "Sign in with Test IdP" }).click();
    await expect(page.locator('input[name="login"]')).toBeVisible();
  });

  const refusals = [
    { login: "stranger", text: "There is no active MLTRL account for the email address" },
    { login: "unverified", text: "did not confirm your email address" },
    {
      login: "no-email",
      text: "Your identity provider did not share an e-mail address; ask its administrator to release the email scope",
    },
  ];
  for (const { login, text } of refusals) {
    test(`the "${login}" account is refused with its own message`, async ({ page }) => {
      await ssoSignIn(page, login);
      await expect(page).toHaveURL(/\/sign-in\?error=/);
      await expect(page.getByRole("alert").filter({ hasText: text })).toBeVisible();
      await page.goto("/projects");
      await expect(page).toHaveURL(/\/sign-in/);
    });
  }

  test("a provider that does not answer gets a clear message, and the sign-in page stays usable", async ({
    page,
    request,
  }) => {
    await setMode(request, "down");
    try {
      await page.goto("/sign-in");
      await page.getByRole("button", { name: "Sign in with Test IdP" }).click();
      await expect(page).toHaveURL(/\/sign-in\?error=SsoUnavailable/);
      await expect(page.getByRole("alert").filter({ hasText: "cannot be reached right now" })).toBeVisible();
    } finally {
      await setMode(request, "normal");
    }
  });

  test("a discovery document naming another issuer is not followed", async ({ page, request }) => {
    const hits = async () => ((await (await request.get(`${op}/__test/other-hits`)).json()) as { hits: number }).hits;
    const before = await hits();
    await setMode(request, "wrong-issuer");
    try {
      await page.goto("/sign-in");
      await page.getByRole("button", { name: "Sign in with Test IdP" }).click();
      await expect(page).toHaveURL(/\/sign-in\?error=SsoMisconfigured/);
      await expect(page.getByRole("alert").filter({ hasText: "does not match the configured issuer" })).toBeVisible();
    } finally {
      await setMode(request, "normal");
    }
    // The other issuer never saw an authorization request from this app.
    expect(await hits()).toBe(before);
  });
});
