import { test } from "./csp-fixtures";
import { contextFor, expect, expectAccessible, people, screenshots } from "./review-fixtures";

/**
 * The interactive API reference (/api-reference/try): Scalar renders the OpenAPI document under
 * the app's unchanged nonce CSP (the fixture fails the test on any violation), asks no other
 * host for anything (fonts, telemetry), and "Test Request" sends a pasted bearer token to the
 * real API.
 */
test.setTimeout(240_000);

test("Scalar renders the API under the nonce CSP, offline, and sends a request with a pasted token", async ({
  browser,
  cspViolations,
}, testInfo) => {
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  await cspViolations.watch(lena);
  const origin = new URL(testInfo.project.use.baseURL!).origin;
  const elsewhere: string[] = [];
  lena.on("request", (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:") && !r.url().startsWith("blob:"))
      elsewhere.push(r.url());
  });

  await lena.goto("/account");
  const form = lena.getByRole("form", { name: "Create an API token" });
  await form.getByLabel("Name").fill("Browser try-out");
  await form.getByRole("checkbox", { name: /^read:/ }).check();
  await form.getByRole("button", { name: "Create token" }).click();
  const token = await lena.getByLabel(/Your new token “Browser try-out” \(shown once\)/).inputValue();
  expect(token).toMatch(/^mltrl_/);

  await lena.goto("/api-reference");
  await lena.getByRole("link", { name: "Try the API in the browser" }).click();
  await expect(lena).toHaveURL(/\/api-reference\/try$/);
  await expect(lena.getByRole("heading", { name: "Try the REST API", level: 1 })).toBeVisible();
  // Summaries from /api/v1/openapi.json, rendered by Scalar.
  await expect(lena.getByRole("heading", { name: "The token's user and the token itself" })).toBeVisible();
  await expect(lena.getByRole("heading", { name: /^Projects, with the portfolio's filters/ })).toBeVisible();
  await expect(lena.getByText("OpenAPI 3.1.0")).toBeVisible();
  await expectAccessible(lena);
  await screenshots(lena, testInfo, "api-reference-try");

  await lena.getByRole("button", { name: "Test Request (get /me)" }).click();
  const client = lena.getByRole("dialog", { name: "API Client" });
  await client.getByLabel("Bearer Token").fill(token);
  await client.getByRole("button", { name: /^Send/ }).first().click();
  await expect(client.getByText("200 OK")).toBeVisible();
  await expect(client.getByText(people.lena)).toBeVisible();
  // No way out to Scalar's hosted client, which would be handed our document and invite the token.
  await expect(lena.locator('a[href*="client.scalar.com"]')).toHaveCount(0);

  // Leaving by a client-side link takes Scalar's page-wide styles with it.
  await lena.keyboard.press("Escape");
  await lena.getByRole("link", { name: "Projects", exact: true }).first().click();
  await expect(lena).toHaveURL(/\/projects$/);
  await expect(lena.locator("head style#scalar-style")).toHaveCount(0);

  expect(elsewhere, "requests to other hosts").toEqual([]);
});
