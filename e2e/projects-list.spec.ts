import { test } from "@playwright/test";
import { storageStatePath } from "./helpers";
import { expect, expectAccessible, makeBareProjects } from "./review-fixtures";

// Signing in lands on /projects, which rendered every project (~30 s at 10,000): pages of 50.
test.use({ storageState: storageStatePath("researcher") });

test("the projects list comes in pages of 50 that keep the search, and says so past the end", async ({ page }) => {
  const tag = `paging-${Date.now().toString(36)}`;
  await makeBareProjects(tag, 57);
  const rows = (caption: string) => page.getByRole("table", { name: caption }).locator("tbody tr");
  const caption = `Projects matching “${tag}”`;

  await page.goto(`/projects?q=${tag}`);
  await expect(
    page.getByRole("status").filter({ hasText: `57 projects matching “${tag}” — showing 1–50` }),
  ).toBeVisible();
  await expect(rows(caption)).toHaveCount(50);
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages).toContainText("Page 1 of 2");
  await expect(pages.getByRole("link", { name: "Previous" })).toHaveCount(0);

  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${tag}&page=2$`));
  await expect(page.getByRole("status").filter({ hasText: "— showing 51–57" })).toBeVisible();
  await expect(rows(caption)).toHaveCount(7);
  await expect(pages).toContainText("Page 2 of 2");
  await expect(pages.getByRole("link", { name: "Next" })).toHaveCount(0);
  await expectAccessible(page);
  await pages.getByRole("link", { name: "Previous" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${tag}$`));

  await page.goto(`/projects?q=${tag}&page=9`);
  await expect(page.getByText("There is no page 9: the list has 2 pages.")).toBeVisible();
  await page.getByRole("link", { name: "Go to the last page" }).click();
  await expect(rows(caption)).toHaveCount(7);

  // Not a page number: the first page, never an error.
  await page.goto("/projects?page=abc");
  await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
  await expect(rows("All projects").first()).toBeVisible();
  await expect(pages).toContainText(/Page 1 of \d+/);
});
