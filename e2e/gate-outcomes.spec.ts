import { test } from "@playwright/test";
import { contextFor, expectAccessible, makeProject, requestReview, screenshots, expect } from "./review-fixtures";

/**
 * Stage-Gate's hold and kill: at an open L3 gate the portfolio manager holds the project, then
 * stops it. The owner (her own browser) sees the banner, cannot resume the hold, and can no longer
 * change anything; the stopped project leaves the portfolio unless the manager asks for it.
 */
test.setTimeout(360_000);

test("a manager holds, then stops a project at a gate; the owner sees why and can no longer edit", async ({
  browser,
}, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 3 });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const manager = await (await contextFor(browser, "manager", testInfo)).newPage();
  const reviewId = await requestReview(lena, project.slug, ["ravi", "sofia"]);

  // Hold at the gate, with a reason.
  await manager.goto(`/reviews/${reviewId}`);
  await manager.getByRole("button", { name: "Hold the project…" }).click();
  let dialog = manager.getByRole("dialog", { name: /Hold the project at the L3 gate/ });
  await dialog.getByLabel("Reason").fill("Wait for the second hospital's data.");
  await expectAccessible(manager);
  await dialog.getByRole("button", { name: "Confirm: hold the project" }).click();
  await expect(dialog).toBeHidden();

  await lena.goto(`/projects/${project.slug}`);
  await expect(lena.getByText(/Held at the L3 gate on/)).toBeVisible();
  await expect(lena.getByText("Wait for the second hospital's data.")).toBeVisible();
  // Only a manager or an admin lifts a gate hold.
  await expect(lena.getByRole("button", { name: "Resume the project…" })).toHaveCount(0);
  await expect(lena.getByRole("link", { name: "Request a review" })).toHaveCount(0);

  // Stop (kill) at the same gate: the open review is withdrawn with it.
  await manager.reload();
  await expect(manager.getByRole("button", { name: "Hold the project…" })).toHaveCount(0);
  await manager.getByRole("button", { name: "Stop the project…" }).click();
  dialog = manager.getByRole("dialog", { name: /Stop the project at the L3 gate/ });
  await expect(dialog).toContainText("withdrawn");
  await dialog.getByLabel("Reason").fill("The clinical partner left the programme.");
  await dialog.getByRole("button", { name: "Confirm: stop the project" }).click();
  await expect(dialog).toBeHidden();
  await expect(manager.getByRole("button", { name: "Stop the project…" })).toHaveCount(0);

  // The owner: the banner, the history still readable, nothing editable.
  await lena.goto(`/projects/${project.slug}`);
  await expect(lena.getByText(/Stopped at the L3 gate on/)).toBeVisible();
  await expect(lena.getByText("The clinical partner left the programme.")).toBeVisible();
  await expect(lena.getByRole("button", { name: "Resume the project…" })).toHaveCount(0);
  await expect(lena.getByRole("button", { name: "Pause the project…" })).toHaveCount(0);
  await expect(lena.getByRole("link", { name: "Request a review" })).toHaveCount(0);
  await expectAccessible(lena);
  await screenshots(lena, testInfo, "project-gate-outcome");
  await lena.goto(`/projects/${project.slug}/card`);
  await expect(lena.getByText(/Stopped at the L3 gate on/)).toBeVisible();
  await expect(lena.getByRole("link", { name: "Edit card" })).toHaveCount(0);
  await lena.goto(`/projects/${project.slug}/timeline`);
  await expect(lena.getByText(/Stopped at the L3 gate on/)).toBeVisible();
  await lena.goto(`/reviews/${reviewId}`);
  await expect(lena.getByText(/withdrawn/i).first()).toBeVisible();

  // The portfolio leaves it out unless the manager asks for stopped projects.
  await manager.goto(`/portfolio?q=${encodeURIComponent(project.name)}`);
  await expect(manager.getByRole("status").filter({ hasText: /No project matches|0 projects/ })).toBeVisible();
  const form = manager.getByRole("search", { name: "Filter the portfolio" });
  await form.getByLabel("Include stopped projects").check();
  await form.getByRole("button", { name: "Apply filters" }).click();
  await expect(manager).toHaveURL(/[?&]stopped=1(&|$)/);
  await expect(manager.getByRole("link", { name: project.name })).toBeVisible();
  await expectAccessible(manager);

  // So does the projects list, with the same parameter.
  await manager.goto(`/projects?q=${encodeURIComponent(project.slug)}`);
  await expect(manager.getByRole("status").filter({ hasText: "0 projects" })).toBeVisible();
  const search = manager.getByRole("search");
  await search.getByLabel("Include stopped projects").check();
  await search.getByRole("button", { name: "Filter" }).click();
  await expect(manager).toHaveURL(/[?&]stopped=1(&|$)/);
  await expect(manager.getByRole("link", { name: project.name })).toBeVisible();
});
