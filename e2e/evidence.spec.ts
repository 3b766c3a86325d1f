import { test } from "@playwright/test";
import { JONAS, LENA, makeCardProject } from "./card-fixtures";
import { contextFor, expect, expectAccessible, screenshots } from "./review-fixtures";

/**
 * Evidence by hand (for people without CI): a contributor gives a requirement a metric and a
 * target, records a run that meets it (verified, with the run shown), then one that misses it
 * (regressed); the requirement's owner is notified, and the project's Readiness panel lists it.
 */
test.setTimeout(300_000);

test("a researcher records passing evidence → verified; a failing run → regressed, and the owner is told", async ({
  browser,
}, testInfo) => {
  const p = await makeCardProject({
    owner: LENA,
    contributors: [JONAS],
    level: 3,
    requirements: [
      { kind: "technical", statement: "Tile accuracy shall stay high.", pFailure: 0.3, value: 8, ownerEmail: LENA },
    ],
  });
  const jonas = await (await contextFor(browser, "jonas", testInfo)).newPage();
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();

  // The metric and its target, on the requirement's form.
  await jonas.goto(`/projects/${p.slug}/requirements/1`);
  await jonas.getByLabel("Metric", { exact: true }).fill("accuracy");
  await jonas.getByLabel("Must be").selectOption("at_least");
  await jonas.getByLabel("Target", { exact: true }).fill("0.9");
  await jonas.getByRole("button", { name: "Save R1" }).click();
  await expect(jonas).toHaveURL(new RegExp(`/projects/${p.slug}/requirements#R1$`));
  const r1 = jonas.getByRole("article", { name: /^R1 Tile accuracy/ });
  await expect(r1).toContainText("Target: accuracy ≥ 0.9");

  // A run that meets the target verifies it and is shown as the run that did.
  await r1.getByText("Add evidence").click();
  let form = r1.getByRole("form", { name: "Add evidence for R1" });
  await form.getByLabel("Measured accuracy").fill("0.93");
  await form.getByLabel("Link to the run (optional)").fill("https://ci.example.org/runs/41");
  await form.getByLabel("Commit (optional)").fill("abc1234def");
  await expectAccessible(jonas);
  await form.getByRole("button", { name: "Record evidence" }).click();
  await expect(form.getByText("Evidence recorded: R1 is verified.")).toBeVisible();
  await jonas.reload();
  await expect(r1).toContainText("Verified");
  await expect(r1).toContainText(/Verified by run \(commit abc1234, accuracy = 0\.93, /);
  await expect(r1.getByRole("link", { name: "run" })).toHaveAttribute("href", "https://ci.example.org/runs/41");

  // A later run that misses it: regressed.
  await r1.getByText("Add evidence").click();
  form = r1.getByRole("form", { name: "Add evidence for R1" });
  await form.getByLabel("Measured accuracy").fill("0.81");
  await form.getByRole("button", { name: "Record evidence" }).click();
  await expect(form.getByText("Evidence recorded: R1 is regressed.")).toBeVisible();
  await jonas.reload();
  await expect(r1).toContainText("Regressed by run");
  await screenshots(jonas, testInfo, "requirements-evidence");

  // The owner is told, and the project's Readiness panel lists the regression.
  await lena.goto("/notifications");
  await expect(lena.getByText(`R1 regressed in ${p.name}`)).toBeVisible();
  await lena.goto(`/projects/${p.slug}`);
  const readiness = lena.getByRole("region", { name: "Readiness" });
  await expect(readiness).toContainText("R1 regressed");
  await expect(readiness).toContainText("has no evidence");
  await expectAccessible(lena);

  // Evidence on a gate criterion, by hand: it shows with its age and leaves the problem list.
  const criterion = readiness.getByRole("listitem").filter({ hasText: "Unit and integration tests" });
  await criterion.getByText("Add evidence").click();
  const cform = criterion.getByRole("form", { name: "Add evidence for Unit and integration tests" });
  await cform.getByLabel("Result").selectOption("passed");
  await cform.getByRole("button", { name: "Record evidence" }).click();
  await expect(cform.getByText("Evidence recorded.")).toBeVisible();
  await lena.reload();
  await expect(criterion).toContainText("Passed");
  await expect(criterion).toContainText("Latest: run");
  await expect(readiness).not.toContainText('"Unit and integration tests" (unit_integration_tests) has no evidence');
  await screenshots(lena, testInfo, "project-readiness");
});
