import { test } from "@playwright/test";
import { contextFor, expect, expectAccessible, makeProject, screenshots } from "./review-fixtures";

/**
 * A personal API token: created on the account page and shown once, used as a bearer token to
 * read the project's TRL Card, revoked, and refused (401) on the next call.
 */
test.setTimeout(240_000);

test("create a token on /account, read the card with it, revoke it, the next call is 401", async ({
  browser,
  playwright,
}, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 2 });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  await lena.goto("/account");
  const form = lena.getByRole("form", { name: "Create an API token" });
  await form.getByLabel("Name").fill("Laptop CLI");
  await form.getByRole("checkbox", { name: /^card:/ }).check();
  await form.getByRole("button", { name: "Create token" }).click();
  const shown = lena.getByLabel(/Your new token “Laptop CLI” \(shown once\)/);
  await expect(shown).toHaveValue(/^mltrl_[A-Za-z0-9]{16}_/);
  const token = await shown.inputValue();
  await expectAccessible(lena);
  await screenshots(lena, testInfo, "account-api-tokens");

  // No cookies: the API reads only the bearer token.
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  const auth = { Authorization: `Bearer ${token}` };
  const card = await api.get(`/api/v1/projects/${project.slug}/card`, { headers: auth });
  expect(card.status()).toBe(200);
  expect(card.headers()["etag"]).toMatch(/^"\d+"$/);
  expect((await card.json()).project).toBe(project.slug);

  await lena.reload();
  const row = lena.getByRole("row", { name: /Laptop CLI/ });
  await expect(row).toContainText("Active");
  await row.getByRole("button", { name: "Revoke Laptop CLI" }).click();
  // Revoking asks once more: the token stops working at once.
  await row.getByRole("group", { name: "Revoke Laptop CLI?" }).getByRole("button", { name: "Revoke now" }).click();
  await expect(lena.getByText('Revoked "Laptop CLI".')).toBeVisible();

  const refused = await api.get(`/api/v1/projects/${project.slug}/card`, { headers: auth });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toContain("application/problem+json");
  expect((await refused.json()).detail).toMatch(/revoked/);
  await api.dispose();

  await lena.goto("/api-reference");
  await expect(lena.getByRole("heading", { name: "REST API reference" })).toBeVisible();
  await expectAccessible(lena);
});
