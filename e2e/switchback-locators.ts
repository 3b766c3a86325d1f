/** Locators and dialog openers of the project page's switchback and new-version specs. */
import type { Locator, Page } from "@playwright/test";
import { expect } from "./review-fixtures";

export const key = () => Math.random().toString(36).slice(2, 8);

/** Opens the per-component block of the project page's workflow bar. */
export async function openComponentMoves(page: Page, slug: string): Promise<void> {
  await page.goto(`/projects/${slug}`);
  await page.getByText("Switchbacks and new versions", { exact: true }).click();
}

export const componentRow = (page: Page, name: string): Locator =>
  page.getByRole("region", { name: "Components" }).getByRole("row").filter({ hasText: name });
export const systemLevel = (page: Page): Locator =>
  page.locator("dt", { hasText: "System level" }).locator("xpath=following-sibling::dd[1]");
export const transition = (page: Page, text: string): Locator =>
  page.getByRole("region", { name: "Recent level changes" }).getByRole("listitem").filter({ hasText: text });

export async function openSwitchback(page: Page, component: string, level: number): Promise<Locator> {
  await page.getByRole("button", { name: `Switchback… ${component}` }).click();
  const dialog = page.getByRole("dialog", { name: `Move ${component} down from level ${level}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

export async function openNewVersion(page: Page, component: string): Promise<Locator> {
  await page.getByRole("button", { name: `New version… of ${component}` }).click();
  const dialog = page.getByRole("dialog", { name: `New version of ${component}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

export async function expectTimelineRow(
  page: Page,
  slug: string,
  reason: string,
  change: string,
  kind: string,
): Promise<void> {
  await page.goto(`/projects/${slug}/timeline`);
  const row = page
    .getByRole("table", { name: "Level changes, oldest first" })
    .getByRole("row")
    .filter({ hasText: reason });
  await expect(row).toContainText(change);
  await expect(row).toContainText(kind);
}
