import { test } from "@playwright/test";
import {
  NAMES,
  confirmChair,
  contextFor,
  expectAccessible,
  fillChecklists,
  makeProject,
  makeReviewer,
  openDraft,
  seat,
  setDisciplines,
  expect,
} from "./review-fixtures";

/**
 * Gate integrity: a seat is held by someone who holds its discipline and the reviewer role, and
 * from L4 the reviewed party proposes its chair but a manager confirms it.
 */
test.setTimeout(360_000);

test("a panel whose chair no longer holds the seat's discipline cannot be submitted; the refusal names the seat and why", async ({
  browser,
}, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 0 });
  const lead = await makeReviewer(`Dr. Ada Lead ${Date.now()}`, ["research_lead"]);
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();

  const reviewId = await openDraft(lena, project.slug);
  await fillChecklists(lena);
  // Only people holding the discipline are offered: Kofi (a researcher) is not, for the research lead seat.
  await lena.getByRole("button", { name: "Add a seat" }).click();
  const seat1 = lena.getByLabel("Seat 1: person");
  await expect(seat1.locator("option", { hasText: NAMES.kofi })).toHaveCount(0);
  await seat1.selectOption((await seat1.locator("option", { hasText: lead.name }).first().getAttribute("value"))!);
  await lena.getByRole("radio", { name: "Chair (seat 1)" }).check();
  await lena.getByRole("button", { name: "Save draft" }).click();
  await expect(lena.getByText("Draft saved.")).toBeVisible();

  // Between seating and submit an admin takes the research lead discipline away.
  await setDisciplines(lead.id, ["researcher"]);
  await lena.getByRole("button", { name: "Submit for review" }).click();
  await expect(lena.getByRole("alert").filter({ hasText: "Seat 1 (research lead, chair)" })).toContainText(
    `Seat 1 (research lead, chair): ${lead.name} does not hold the research lead discipline (holds: researcher).`,
  );
  await lena.goto(`/reviews/${reviewId}`);
  await expect(lena.getByText("This review is still a draft")).toBeVisible();
});

test("L4: the owner proposes the chair, submit is refused, a manager confirms, submit works", async ({
  browser,
}, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 4 });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const manager = await (await contextFor(browser, "manager", testInfo)).newPage();

  const reviewId = await openDraft(lena, project.slug);
  await fillChecklists(lena);
  await seat(lena, ["ravi", "sofia", "nadia"]);
  await lena.getByRole("button", { name: "Submit for review" }).click();
  const summary = lena.getByRole("alert").filter({ hasText: "The review cannot open yet" });
  await expect(summary).toContainText(
    `Seat 1 (applied AI engineer, chair): ${NAMES.ravi} is the proposed chair; level 4 needs the chair confirmed by a manager or an admin`,
  );
  await expect(lena.getByTestId("chair-status")).toContainText(
    `Chair awaiting confirmation by a manager: Seat 1 (applied AI engineer, chair), ${NAMES.ravi}`,
  );
  // The owner is offered no confirm button: the reviewed party does not choose its judge.
  await expect(lena.getByRole("button", { name: /Confirm .* as chair/ })).toHaveCount(0);

  await confirmChair(manager, reviewId, NAMES.ravi);
  await expect(manager.getByTestId("chair-status")).toContainText(`confirmed by ${NAMES.manager}`);
  await expectAccessible(manager);

  await lena.reload();
  await expect(lena.getByTestId("chair-status")).toContainText("Chair confirmed");
  await lena.getByRole("button", { name: "Submit for review" }).click();
  await expect(lena).toHaveURL(new RegExp(`/reviews/${reviewId}\\?submitted=1$`));
  await expect(lena.getByText("The review is open")).toBeVisible();
});
