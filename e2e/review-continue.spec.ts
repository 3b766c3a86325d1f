import { test } from "@playwright/test";
import {
  NAMES,
  contextFor,
  expectAccessible,
  makeProject,
  requestReview,
  screenshots,
  vote,
  expect,
} from "./review-fixtures";

/**
 * Issue 12, "review again after a return", one browser context per person: the panel returns an
 * L3 review with a task; the researcher ticks it off and starts the next review from the returned
 * one — criteria, evidence, ethics answers, components and panel carried over — re-confirms every
 * carried item (submit refuses until then, listing them), submits, and the panel graduates it.
 */
test.describe.configure({ mode: "serial" });
test.setTimeout(420_000);

test("return → tasks done → start the next review from this one → graduate", async ({ browser }, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 3 });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const ravi = await (await contextFor(browser, "ravi", testInfo)).newPage();
  const sofia = await (await contextFor(browser, "sofia", testInfo)).newPage();

  const first = await requestReview(lena, project.slug, ["ravi", "sofia"]);
  await vote(ravi, first, "graduate");
  await expect(ravi.getByText("Your vote is recorded")).toBeVisible();
  await vote(sofia, first, "return", { text: "Add integration tests for the data loader" });
  await expect(sofia.getByRole("heading", { name: "Decision: returned" })).toBeVisible();

  // Until the task is done, the next review is only announced.
  await lena.goto(`/reviews/${first}`);
  const next = lena.getByRole("region", { name: "The next review" });
  await expect(next).toContainText("When every task above is done");
  await expect(lena.getByRole("button", { name: "Start the next review from this one" })).toHaveCount(0);
  await lena.getByLabel("Evidence that task 1 is done (link or note)").fill("https://example.org/ci/run/7");
  await lena.getByRole("button", { name: "Mark task 1 done" }).click();
  await expect(lena.locator("#decision")).toContainText(`Done by ${NAMES.lena}`);
  const start = lena.getByRole("button", { name: "Start the next review from this one" });
  await expect(start).toBeVisible();
  await expectAccessible(lena);
  await start.click();
  await expect(lena).toHaveURL(/\/reviews\/[^/]+\/edit$/);
  const second = lena.url().split("/reviews/")[1]!.split("/")[0]!;
  expect(second).not.toBe(first);

  // Everything came along, waiting for re-confirmation; submit refuses and lists the items.
  const carried = lena.getByRole("region", { name: "Carried over from the returned review" });
  await expect(carried).toContainText("items wait for re-confirmation");
  await expect(carried.getByRole("checkbox", { name: "The panel" })).toBeVisible();
  await expect(lena.getByLabel("Seat 1: person")).toHaveValue(/.+/);
  await expect(lena.locator('fieldset[id^="criterion-"]').first().getByLabel("Evidence link")).toHaveValue(
    /^https:\/\/example\.org\/evidence\//,
  );
  await lena.getByRole("button", { name: "Submit for review" }).click();
  await expect(lena.getByRole("alert").filter({ hasText: "The review cannot open yet" })).toContainText(
    "not re-confirmed yet",
  );
  await expectAccessible(lena);
  await screenshots(lena, testInfo, "review-continued-draft");

  // Re-confirm one, then the rest; then submit opens it.
  await carried.getByRole("checkbox", { name: "The components" }).check();
  await carried.getByRole("button", { name: "Re-confirm the checked items" }).click();
  await expect(carried).toContainText("still to re-confirm");
  await carried.getByRole("button", { name: /^Re-confirm all/ }).click();
  await expect(carried).toContainText("Every carried item is re-confirmed.");
  await lena.getByRole("button", { name: "Submit for review" }).click();
  await expect(lena).toHaveURL(new RegExp(`/reviews/${second}\\?submitted=1$`));

  // Provenance on both pages; the returned review offers no second continuation.
  await expect(lena.getByRole("region", { name: "Earlier and later attempts" })).toContainText(
    "This review continues the returned level 3 review",
  );
  await lena.goto(`/reviews/${first}`);
  await expect(lena.getByRole("link", { name: "open the next review" })).toHaveAttribute("href", `/reviews/${second}`);
  await expect(lena.getByRole("button", { name: "Start the next review from this one" })).toHaveCount(0);
  await expectAccessible(lena);

  // The same panel graduates the second review.
  await vote(ravi, second, "graduate");
  await expect(ravi.getByText("Your vote is recorded")).toBeVisible();
  await vote(sofia, second, "graduate");
  await expect(sofia.getByRole("heading", { name: "Decision: graduated" })).toBeVisible();
  await expect(sofia.locator("#decision")).toContainText(/L3 \S*\s*L4/);
});
