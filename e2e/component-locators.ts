import { expect, type Locator, type Page } from "@playwright/test";

/** The project page's "System level" value. */
export const systemLevel = (page: Page): Locator =>
  page.locator("dt", { hasText: "System level" }).locator("xpath=following-sibling::dd[1]");

/** One component's card on the components page, found by its name. */
export const componentCard = (page: Page, name: string): Locator =>
  page.getByRole("list", { name: "Components" }).getByRole("listitem").filter({ hasText: name });

/** Opens the project page and checks its system level (e.g. "L0"). */
export async function expectSystemLevel(page: Page, slug: string, level: string): Promise<void> {
  await page.goto(`/projects/${slug}`);
  await expect(systemLevel(page)).toContainText(level);
}
