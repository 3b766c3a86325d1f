import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests. `npm test` (scripts/test-all.ts) builds the app, starts `next start` on a
 * freshly seeded database (E2E_BASE_URL) and `npm start` on an empty embedded one
 * (E2E_NEWCOMER_URL), then runs this. Chromium is Debian's (/usr/bin/chromium) unless
 * CHROMIUM_PATH says otherwise; Playwright's own download is not needed.
 */
const baseURL = process.env.E2E_BASE_URL ?? "http://localhost:3000";
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    // Anonymous access counts rows before and after its calls, so it runs before specs that write.
    { name: "anonymous", use: { ...devices["Desktop Chrome"] }, testMatch: /access\.spec\.ts/ },
    // The portfolio's figures are the demo data's; it reads before the specs that add projects.
    {
      name: "portfolio",
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["setup", "anonymous"],
      testMatch: /portfolio\.spec\.ts/,
    },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["setup", "anonymous", "portfolio"],
      testIgnore: /(newcomer|access|portfolio)\.spec\.ts/,
    },
    {
      name: "newcomer",
      use: { ...devices["Desktop Chrome"], baseURL: process.env.E2E_NEWCOMER_URL ?? baseURL },
      testMatch: /newcomer\.spec\.ts/,
    },
  ],
});
