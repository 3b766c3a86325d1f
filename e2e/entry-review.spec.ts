import { test } from "@playwright/test";
import { componentCard, expectSystemLevel, systemLevel } from "./component-locators";
import {
  NAMES,
  contextFor,
  expect,
  expectAccessible,
  fillChecklists,
  makeProject,
  openDraft,
  seat,
  vote,
} from "./review-fixtures";

/**
 * The entry review, one browser context per person: an owner adds an off-the-shelf component
 * claiming L3. It starts at 0, shows "claimed L3, unconfirmed" and counts at 0 for the system
 * level. A gated L3 review cannot take it; the owner opens an entry review at L3 for it, meets the
 * missing-seat refusal, seats an eligible L3 panel (no chair confirmation at L3) and submits. Both
 * reviewers graduate it: the component is confirmed at L3 (no claim label), the system level is
 * back at L3, and the timeline shows the 0 → 3 entry transition.
 */
test.setTimeout(360_000);

const key = () => Math.random().toString(36).slice(2, 8);

test("an entry review at the claimed level confirms an off-the-shelf component: 0 → L3", async ({
  browser,
}, testInfo) => {
  const k = key();
  const detector = `Detector ${k}`;
  const vendor = `Vendor encoder ${k}`;
  const project = await makeProject({ owner: "lena", level: 3, components: [detector], name: `Entry ${k}` });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const ravi = await (await contextFor(browser, "ravi", testInfo)).newPage();
  const sofia = await (await contextFor(browser, "sofia", testInfo)).newPage();
  await expectSystemLevel(lena, project.slug, "L3");

  // 1. The owner adds the part claiming L3: it starts at 0, claimed and unconfirmed.
  await lena.goto(`/projects/${project.slug}/components`);
  const add = lena.getByRole("form", { name: "Add a component" });
  await add.getByLabel("Name").fill(vendor);
  await add.getByLabel(/Claimed level/).selectOption("3");
  await add.getByRole("button", { name: "Add component" }).click();
  await expect(add.getByText(`Added ${vendor} at level 0, claimed L3, unconfirmed`)).toBeVisible();
  await expect(componentCard(lena, vendor)).toContainText("claimed L3, unconfirmed");
  await expect(componentCard(lena, vendor)).toContainText(
    "Counts at level 0 until an entry review at level 3 confirms it",
  );
  // The claim counts at 0: the system level does not rise to the claim (it falls to the new 0).
  await expectSystemLevel(lena, project.slug, "L0");
  await expect(systemLevel(lena)).not.toContainText("L3");

  // 2. Refusal: a gated L3 review does not take the claimed component; the entry review takes only it.
  const reviewId = await openDraft(lena, project.slug, "entry:3", async () => {
    const components = lena.getByRole("group", { name: "Components to review" });
    await lena.getByLabel("Level to leave").selectOption("gate:3");
    await expect(components).toContainText(detector);
    await expect(components).not.toContainText(vendor);
    await lena.getByLabel("Level to leave").selectOption("entry:3");
    await expect(components).toContainText(vendor);
    await expect(components).not.toContainText(detector);
    await expect(components.getByRole("checkbox", { name: new RegExp(vendor) })).toBeChecked();
  });
  await expect(lena.getByRole("heading", { level: 1 })).toHaveText("Request the entry review at level 3");
  await expect(lena).toHaveTitle(new RegExp(`^Draft entry review at level 3 — ${project.name}`));
  await expect(
    lena.getByText("Graduation confirms the chosen components' claim: they move from level 0 to level 3"),
  ).toBeVisible();

  // 3. L3's criteria and ethics checklist, then a panel missing its software engineer: refused with the reason.
  await fillChecklists(lena);
  await seat(lena, ["ravi"]);
  await lena.getByRole("button", { name: "Submit for review" }).click();
  const summary = lena.getByRole("alert").filter({ hasText: "The review cannot open yet" });
  await expect(summary).toContainText("The panel has no seat for a software engineer");
  await expect(lena).toHaveURL(new RegExp(`/reviews/${reviewId}/edit$`));

  // Fix: Sofia takes the software engineer seat; L3 needs no chair confirmation, so it submits.
  await lena.getByRole("button", { name: "Add a seat" }).click();
  await lena.getByLabel("Seat 2: discipline").selectOption("software_engineer");
  const seat2 = lena.getByLabel("Seat 2: person");
  await seat2.selectOption((await seat2.locator("option", { hasText: NAMES.sofia }).first().getAttribute("value"))!);
  await expect(lena.getByTestId("chair-status")).toHaveCount(0);
  await expectAccessible(lena);
  await lena.getByRole("button", { name: "Submit for review" }).click();
  await expect(lena).toHaveURL(new RegExp(`/reviews/${reviewId}\\?submitted=1$`));
  await expect(lena.getByRole("heading", { level: 1 })).toContainText(
    `Entry review (claimed level 3) of ${project.name}`,
  );

  // While the entry review is open the component is still a claim, counted at 0.
  await lena.goto(`/projects/${project.slug}/components`);
  await expect(componentCard(lena, vendor)).toContainText("claimed L3, unconfirmed");

  // 4. Each seated reviewer graduates it.
  await vote(ravi, reviewId, "graduate");
  await expect(ravi.getByText("Your vote is recorded")).toBeVisible();
  await expect(ravi.getByRole("heading", { level: 1 })).toContainText("Entry review (claimed level 3)");
  await vote(sofia, reviewId, "graduate");
  await expect(sofia.getByRole("heading", { name: "Decision: graduated" })).toBeVisible();
  const decision = sofia.locator("#decision");
  await expect(decision).toContainText("moved from level 0 to level 3");
  await expect(decision.getByRole("list", { name: "Level changes" })).toContainText(vendor);
  await expect(decision.getByRole("list", { name: "Level changes" })).toContainText(/L0 \S*\s*L3/);
  await expectAccessible(sofia);

  // 5. The component is confirmed at L3 with no claim label; the system level is back at L3.
  await lena.goto(`/projects/${project.slug}/components`);
  const card = componentCard(lena, vendor);
  await expect(card).toContainText("L3");
  await expect(card).not.toContainText("claimed");
  await expect(card).not.toContainText("Counts at level 0");
  await expectSystemLevel(lena, project.slug, "L3");
  await expect(lena.getByRole("region", { name: "Components" })).not.toContainText("claimed L3");

  // 6. The timeline shows the entry transition naming the review, and the graduated entry review.
  await lena.goto(`/projects/${project.slug}/timeline`);
  const entry = lena
    .getByRole("table", { name: "Level changes, oldest first" })
    .getByRole("row")
    .filter({ hasText: vendor })
    .filter({ hasText: "Entry confirmed" });
  await expect(entry).toContainText("L0 → L3");
  await expect(entry.getByRole("link", { name: `review behind this change of ${vendor}` })).toHaveAttribute(
    "href",
    `/reviews/${reviewId}`,
  );
  await expect(lena.getByRole("table", { name: "Reviews, oldest first" })).toContainText("Graduated");
  await expectAccessible(lena);
});
