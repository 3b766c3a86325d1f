import { test } from "@playwright/test";
import { contextFor, expectAccessible, makeProject, requestReview, vote, expect } from "./review-fixtures";

/** L4's key decision: the chair pauses the project; no review can open until an owner resumes it. */
test.setTimeout(360_000);

test("L4 pause by the chair, then resume by the owner", async ({ browser }, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 4 });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const ravi = await (await contextFor(browser, "ravi", testInfo)).newPage();
  const sofia = await (await contextFor(browser, "sofia", testInfo)).newPage();
  const nadia = await (await contextFor(browser, "nadia", testInfo)).newPage();
  const manager = await (await contextFor(browser, "manager", testInfo)).newPage();

  // L4: the portfolio manager confirms the chair the project proposes before it can open.
  const reviewId = await requestReview(lena, project.slug, ["ravi", "sofia", "nadia"], manager);
  for (const p of [sofia, nadia]) {
    await vote(p, reviewId, "graduate");
    await expect(p.getByText("Your vote is recorded")).toBeVisible();
  }
  await vote(ravi, reviewId, "graduate");
  await expect(ravi.getByRole("heading", { name: "Decision: graduated" })).toBeVisible();

  // Ravi chairs: the inbox says he owes the key decision.
  await ravi.goto("/my-reviews");
  await expect(ravi.getByRole("list", { name: "Reviews waiting for you" })).toContainText(
    "The key decision (you chair)",
  );
  await ravi.goto(`/reviews/${reviewId}`);
  await ravi.getByLabel("Pause the project").check();
  await expect(ravi.getByText("What will happen: The project is paused")).toBeVisible();
  await ravi.getByRole("button", { name: "Record the key decision" }).click();
  await expect(ravi.locator("#decision")).toContainText("Pause the project");
  await expectAccessible(ravi);

  // Paused: no request button; the owner resumes with a reason.
  await lena.goto(`/projects/${project.slug}`);
  await expect(lena.getByText("This project is paused")).toBeVisible();
  await expect(lena.getByRole("link", { name: "Request a review" })).toHaveCount(0);
  await lena.getByRole("button", { name: "Resume the project…" }).click();
  const dialog = lena.getByRole("dialog", { name: /Resume the project/ });
  await expect(dialog).toContainText("active again");
  await dialog.getByLabel("Reason").fill("Funding for the next phase is confirmed.");
  await expectAccessible(lena);
  await dialog.getByRole("button", { name: "Confirm: resume the project" }).click();
  await expect(dialog).toBeHidden();
  await expect(lena.getByRole("link", { name: "Request a review" })).toBeVisible();
  await expect(lena.getByText("This project is paused")).toHaveCount(0);
});
