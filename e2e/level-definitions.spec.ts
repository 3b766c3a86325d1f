import { test } from "@playwright/test";
import { storageStatePath } from "./helpers";
import {
  contextFor,
  expect,
  expectAccessible,
  fillChecklists,
  makeProject,
  makeReviewer,
  openDraft,
  screenshots,
} from "./review-fixtures";

/**
 * Item 2 of issue 12, one browser context per person: a researcher's L0 review is open; an admin
 * adds a gate criterion to level 0 and publishes a new version; a review the researcher opens
 * afterwards asks for the new criterion while the open one keeps its version. The page shows the
 * diff between versions, and a researcher cannot reach it.
 */
test.setTimeout(420_000);

test("an admin publishes a new level-definition version; a review opened afterwards pins it, an open one keeps the old", async ({
  browser,
}, testInfo) => {
  const key = Date.now().toString(36);
  const criterion = `Risk register started ${key}`;
  const lead = await makeReviewer(`Dr. Level Lead ${key}`, ["research_lead"]);
  const before = await makeProject({ owner: "lena", level: 0 });
  const after = await makeProject({ owner: "lena", level: 0 });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const adminContext = await browser.newContext({
    storageState: storageStatePath("admin"),
    viewport: { width: 1280, height: 900 },
  });
  const admin = await adminContext.newPage();

  // 1. The researcher's L0 review opens under the current version.
  const openId = await openDraft(lena, before.slug);
  await fillChecklists(lena);
  await lena.getByRole("button", { name: "Add a seat" }).click();
  const seat1 = lena.getByLabel("Seat 1: person");
  await seat1.selectOption((await seat1.locator("option", { hasText: lead.name }).first().getAttribute("value"))!);
  await lena.getByRole("radio", { name: "Chair (seat 1)" }).check();
  await lena.getByRole("button", { name: "Submit for review" }).click();
  await expect(lena).toHaveURL(new RegExp(`/reviews/${openId}\\?submitted=1$`));

  // 2. The admin finds the page in the admin navigation and adds a criterion to level 0.
  await admin.goto("/admin/users");
  await admin
    .getByRole("navigation", { name: "Administration" })
    .getByRole("link", { name: "Level definitions" })
    .click();
  await expect(admin.getByRole("heading", { level: 1, name: "Level definitions" })).toBeVisible();
  const publish = admin.getByRole("button", { name: /^Publish as version \d+$/ });
  const next = Number((await publish.textContent())!.replace(/\D+/g, ""));
  await admin.getByText("Level 0: First Principles", { exact: true }).click();
  // An empty criterion is refused on its own field, in the words of the form.
  await admin.getByRole("button", { name: "Add a criterion to level 0" }).click();
  const added = admin
    .getByRole("listitem")
    .filter({ has: admin.getByLabel(/^Criterion \d+ of level 0$/) })
    .last();
  await publish.click();
  await expect(added.getByText("Enter the criterion.")).toBeVisible();
  await added.getByLabel(/^Criterion \d+ of level 0$/).fill(criterion);
  await added.getByLabel(/^Criterion \d+ of level 0$/).press("Tab");
  await expect(added.getByLabel(/^Key of criterion/)).toHaveValue(`risk_register_started_${key}`);
  await expectAccessible(admin);
  await publish.click();
  await expect(admin.getByText(`Published version ${next}.`)).toBeVisible();

  // The diff of the new version against the one before names the added criterion.
  const diff = admin.getByRole("list", { name: `Changes from version ${next - 1} to version ${next}` });
  await expect(diff).toContainText(`Criterion added: ${criterion}`);
  await expect(admin.getByText(new RegExp(`^Version ${next} —`))).toBeVisible();
  await expectAccessible(admin);
  await screenshots(admin, testInfo, "admin-levels");

  // 3. A review opened now asks for the new criterion; the open review keeps its checklist.
  await openDraft(lena, after.slug);
  await expect(lena.locator(`#criterion-risk_register_started_${key}`)).toContainText(criterion);
  await lena.goto(`/reviews/${openId}`);
  await expect(
    lena.getByText("Principles, hypotheses and research plan stated, with literature").first(),
  ).toBeVisible();
  await expect(lena.getByText(criterion)).toHaveCount(0);

  // 4. Level definitions are the admin's: a researcher is refused.
  await lena.goto("/admin/levels");
  await expect(lena.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await adminContext.close();
});
