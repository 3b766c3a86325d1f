import { demo, DEMO_PASSWORD, SIGN_IN_TIMEOUT, storageStatePath } from "./helpers";
import { expect, parseCsp, test } from "./csp-fixtures";

// Every page carries a nonce'd Content-Security-Policy, a Permissions-Policy and COOP; the main
// journeys run under them without a single violation.

const PAGES = [
  "/projects",
  "/projects/neuropathology-copilot",
  "/projects/neuropathology-copilot/card/edit",
  "/portfolio",
  "/analytics",
  "/my-reviews",
];

test.describe("headers", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("every main page has a nonce'd CSP without inline scripts, a Permissions-Policy and COOP", async ({
    page,
    playwright,
  }) => {
    // The sign-in page as a visitor without a session sees it (a signed-in one is sent on).
    const anonymous = await playwright.request.newContext({
      baseURL: test.info().project.use.baseURL,
      storageState: { cookies: [], origins: [] },
    });
    const nonces = new Set<string>();
    const paths = ["/sign-in", ...PAGES];
    for (const path of paths) {
      const res = await (path === "/sign-in" ? anonymous : page.request).get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(200);
      const h = res.headers();
      const csp = parseCsp(h["content-security-policy"]);
      const script = csp.get("script-src") ?? [];
      const nonce = script.find((s) => /^'nonce-[A-Za-z0-9+/]+=*'$/.test(s));
      expect(nonce, `${path}: script-src has a nonce`).toBeDefined();
      expect(script, path).toContain("'strict-dynamic'");
      expect(script, path).not.toContain("'unsafe-inline'");
      expect(script, path).not.toContain("'unsafe-eval'");
      expect(csp.get("object-src"), path).toEqual(["'none'"]);
      expect(csp.get("frame-ancestors"), path).toEqual(["'none'"]);
      nonces.add(nonce!);
      // Next put this response's nonce on its own scripts.
      const html = await res.text();
      const value = nonce!.slice("'nonce-".length, -1);
      expect(html, path).toContain(`nonce="${value}"`);
      expect(h["permissions-policy"], path).toMatch(/(^|, )camera=\(\)/);
      expect(h["permissions-policy"], path).toMatch(/(^|, )microphone=\(\)/);
      expect(h["permissions-policy"], path).toMatch(/(^|, )geolocation=\(\)/);
      expect(h["cross-origin-opener-policy"], path).toBe("same-origin");
      expect(h["x-content-type-options"], path).toBe("nosniff");
      expect(h["x-frame-options"], path).toBe("DENY");
    }
    expect(nonces.size, "a fresh nonce per response").toBe(paths.length);
    await anonymous.dispose();
  });
});

test("signed in through the form, the main journey runs under the CSP: projects, a project, a review, the card editor and print view, portfolio, analytics", async ({
  page,
}) => {
  // Signing in needs the form's script (it posts through next-auth's client): hydration works.
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(demo.admin);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/projects$/, { timeout: SIGN_IN_TIMEOUT });

  await page
    .getByRole("link", { name: /neuropathology/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/projects\/neuropathology-copilot$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // A review of that project, opened from its page (client-side navigation).
  await page.locator('a[href^="/reviews/"]').first().click();
  await expect(page).toHaveURL(/\/reviews\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // The card editor: the live preview is client code.
  await page.goto("/projects/neuropathology-copilot/card/edit");
  const tldr = page.getByRole("region", { name: "TL;DR", exact: true });
  await tldr.getByRole("button", { name: "Edit TL;DR" }).click();
  await tldr.getByLabel("TL;DR (Markdown)").fill("Under a **strict** policy.");
  await expect(tldr.getByRole("region", { name: "Preview of TL;DR" }).locator("strong")).toHaveText("strict");
  await tldr.getByRole("button", { name: "Cancel" }).click();

  // The print view's stylesheet (no inline <style>: the policy refuses one without the nonce).
  await page.goto("/projects/neuropathology-copilot/card/print");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("body > header")).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // The timeline chart, the portfolio and the analytics charts (recharts: style attributes).
  await page.goto("/projects/neuropathology-copilot/timeline");
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
  await page.goto("/portfolio");
  await expect(page.getByRole("table", { name: "All projects" }).getByRole("rowheader").first()).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Analytics" }).click();
  const levels = page.getByRole("region", { name: "Projects per level" });
  // Charts load after the page and draw when near the viewport; a busy machine is slow at it.
  await expect(levels.locator("svg.recharts-surface").first()).toBeVisible({ timeout: 30_000 });
  const throughput = page.getByRole("region", { name: "Throughput" });
  await throughput.scrollIntoViewIfNeeded();
  await expect(throughput.locator("svg.recharts-surface").first()).toBeVisible({ timeout: 30_000 });
  // Bars are drawn, not just the empty surface.
  await expect(levels.locator(".recharts-bar-rectangle").first()).toBeVisible();
});
