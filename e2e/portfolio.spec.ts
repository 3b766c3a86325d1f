import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { expectAccessible, storageStatePath } from "./helpers";

// A portfolio manager's round: find the stalled projects, read the analytics, take the list away.
test.use({ storageState: storageStatePath("manager") });

test("a manager filters to projects stuck at L4 for more than 90 days and exports them", async ({ page }) => {
  await page.goto("/portfolio");
  await expect(page.getByRole("heading", { level: 1, name: "Portfolio" })).toBeVisible();
  // The five seeded projects at least: other specs add their own projects to the shared database.
  await expect(page.getByRole("table", { name: "All projects" }).getByRole("rowheader").nth(4)).toBeVisible();
  await expectAccessible(page);

  const form = page.getByRole("search", { name: "Filter the portfolio" });
  await form.getByLabel("L4", { exact: true }).check();
  await form.getByLabel("Stuck at its level for more than (days)").fill("90");
  await form.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]level=4(&|$)/);
  await expect(page).toHaveURL(/[?&]stuck=90(&|$)/);

  // The demo seed: only the causal diagnosis model has been at L4 that long (~155 days).
  const table = page.getByRole("table", { name: "Projects matching the filters" });
  await expect(table.getByRole("rowheader")).toHaveCount(1);
  const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: "Causal diagnosis model" }) });
  await expect(row).toContainText("R02");
  await expect(row).toContainText("5 months");
  await expect(row).toContainText("Missed");
  await expect(page.getByRole("status").filter({ hasText: "1 project matches" })).toBeVisible();
  await expectAccessible(page);

  // A quick view replaces the filters, and the form shows the ones it applied.
  await page.getByRole("link", { name: "With an overdue review" }).click();
  await expect(page).toHaveURL(/[?&]overdue=1(&|$)/);
  await expect(form.getByLabel("Has an overdue review")).toBeChecked();
  await expect(form.getByLabel("L4", { exact: true })).not.toBeChecked();
  await expect(form.getByLabel("Stuck at its level for more than (days)")).toHaveValue("");

  // The quick view is the same shareable URL.
  await page.getByRole("link", { name: "Stuck at L4 for more than 90 days" }).click();
  await expect(page.getByRole("link", { name: "Stuck at L4 for more than 90 days" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(table.getByRole("rowheader")).toHaveCount(1);
  await expect(form.getByLabel("L4", { exact: true })).toBeChecked();
  await expect(form.getByLabel("Stuck at its level for more than (days)")).toHaveValue("90");
  await expect(form.getByLabel("Has an overdue review")).not.toBeChecked();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /Export CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^portfolio-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const { data } = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
  expect(data).toHaveLength(1);
  expect(data[0]).toMatchObject({
    project_id: "R02",
    name: "Causal diagnosis model",
    system_level: "4",
    status: "active",
    target_level: "5",
    target_status: "missed",
  });
  expect(Number(data[0]!.days_in_level)).toBeGreaterThan(90);
});

test("a manager reads the analytics, with a table behind every chart", async ({ page }) => {
  await page.goto("/portfolio");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Analytics" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Analytics" })).toBeVisible();
  for (const title of [
    "Projects per level",
    "Time per level",
    "Pass and return rate per level",
    "Switchbacks by kind",
    "Level flows",
    "Overdue reviews by panel member",
    "Throughput",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  }
  const levels = page.getByRole("region", { name: "Projects per level" });
  await expect(levels).toContainText("valley of death");
  await levels.getByText("Table view").click();
  const l4 = levels.getByRole("table", { name: "Projects per system level" }).getByRole("row", { name: /^L4 / });
  await expect(l4).toHaveText(/L4\s*1/);
  // Every table downloads as CSV, the same figures.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    levels.getByRole("link", { name: "Download CSV of Projects per system level" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^analytics-levels-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const rows = Papa.parse<string[]>(csv.trim()).data;
  expect(rows.find((r) => r[0] === "L4")?.[1]).toBe("1");
  // Charts draw when they come near the viewport: the first at once, the last once scrolled to.
  await expect(levels.locator("svg.recharts-surface").first()).toBeVisible();
  const throughput = page.getByRole("region", { name: "Throughput" });
  await throughput.scrollIntoViewIfNeeded();
  await expect(throughput.locator("svg.recharts-surface").first()).toBeVisible();
  await expectAccessible(page);

  // The filters are in the URL too: one tag.
  await page.getByLabel("Tag or team").selectOption("healthcare");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]tag=healthcare/);
  await expect(page.getByText(/tagged “healthcare”/)).toBeVisible();
});
