import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { SIGN_IN_TIMEOUT, expectAccessible, signIn, storageStatePath } from "./helpers";

/**
 * Issue "Gate integrity and account security", item 9: guessable passwords were accepted and there
 * was no second factor. A fresh user (made by the admin, so demo sign-ins stay untouched) sets up
 * TOTP from the key the page shows, then signs in with password + code, and once with a recovery
 * code.
 */
const INITIAL = "tangerine-orbit-kettle-47";
const STRONG = "marble-heron-copper-93";

/** The code an authenticator app shows `offsetSeconds` from now. */
function codeFor(secret: string, offsetSeconds = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({
    timestamp: Date.now() + offsetSeconds * 1000,
  });
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/, { timeout: SIGN_IN_TIMEOUT });
}

test("a weak password is refused with feedback; a user turns on two-factor and signs in with a code and with a recovery code", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const email = `twofa-${randomBytes(4).toString("hex")}@example.org`;

  // The admin creates the user: a common password is refused with zxcvbn's feedback.
  const adminContext = await browser.newContext({ storageState: storageStatePath("admin") });
  const admin = await adminContext.newPage();
  await admin.goto("/admin/users");
  const create = admin.getByRole("form", { name: "Create a user" });
  await create.getByLabel("Email").fill(email);
  await create.getByLabel("Name").fill("Tess Quill");
  await create.getByLabel("Initial password").fill("Password123!");
  await create.getByRole("button", { name: "Create user" }).click();
  await expect(create.getByText(/too easy to guess.*commonly used password/)).toBeVisible({ timeout: SIGN_IN_TIMEOUT });
  await create.getByLabel("Initial password").fill(INITIAL);
  await create.getByRole("button", { name: "Create user" }).click();
  await expect(admin.getByText(email).first()).toBeVisible({ timeout: SIGN_IN_TIMEOUT });
  await adminContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, INITIAL);
  await expect(page).toHaveURL(/\/projects/, { timeout: SIGN_IN_TIMEOUT });

  // The account page: a guessable new password is refused under the field.
  await page.getByRole("link", { name: /Tess Quill/ }).click();
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  const change = page.getByRole("form", { name: "Change password" });
  await change.getByLabel("Current password").fill(INITIAL);
  await change.getByLabel("New password").fill("qwertyuiop123");
  await change.getByRole("button", { name: "Change password" }).click();
  await expect(change.getByText(/too easy to guess/)).toBeVisible({ timeout: SIGN_IN_TIMEOUT });
  await expectAccessible(page);
  // A strong one is taken, and this session survives the change (the others end).
  await change.getByLabel("New password").fill(STRONG);
  await change.getByRole("button", { name: "Change password" }).click();
  await expect(change.getByText(/Password changed/)).toBeVisible({ timeout: SIGN_IN_TIMEOUT });
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();

  // Set-up: the key shown on the page is what the app would scan.
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel("Code from the app").fill(codeFor(secret));
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10, { timeout: SIGN_IN_TIMEOUT });
  const recoveryCode = (await codes.nth(0).textContent())!.trim();
  await page.getByRole("button", { name: "I have saved my recovery codes" }).click();
  await expect(page.getByText(/Two-factor authentication is on/)).toBeVisible();
  await expect(page.getByText(/10 unused recovery codes/)).toBeVisible();
  await signOut(page);

  // Password alone is not enough any more: the page asks for the code precisely.
  await signIn(page, email, STRONG);
  await expect(page.getByRole("alert").filter({ hasText: "code" })).toHaveText(
    "Enter the 6-digit code from your authenticator app or a recovery code.",
    { timeout: SIGN_IN_TIMEOUT },
  );
  // The code used for the set-up is spent; the app's next one is accepted (one step of drift).
  await page.getByLabel("One-time code").fill(codeFor(secret, 30));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/projects/, { timeout: SIGN_IN_TIMEOUT });
  await signOut(page);

  // A lost phone: a recovery code works once.
  await signIn(page, email, STRONG);
  await expect(page.getByLabel("One-time code")).toBeVisible({ timeout: SIGN_IN_TIMEOUT });
  await page.getByLabel("One-time code").fill(recoveryCode);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/projects/, { timeout: SIGN_IN_TIMEOUT });
  await page.goto("/account");
  await expect(page.getByText(/9 unused recovery codes/)).toBeVisible();
  await signOut(page);

  await signIn(page, email, STRONG);
  await expect(page.getByLabel("One-time code")).toBeVisible({ timeout: SIGN_IN_TIMEOUT });
  await page.getByLabel("One-time code").fill(recoveryCode);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That code is not right or was already used." })).toBeVisible({
    timeout: SIGN_IN_TIMEOUT,
  });
  await context.close();
});
