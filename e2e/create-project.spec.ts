import { test } from "@playwright/test";
import { NAMES, contextFor, expect, expectAccessible, requestReview, screenshots } from "./review-fixtures";

/**
 * Creating a project in the browser, one context per person: a researcher creates a project with
 * a contributor and two components at level 0, its TRL Card started with the TL;DR, and
 * requests its level 0 review; the owner edits its tags. A reviewer-only person is offered no "New project" and is refused
 * the page. The contributor finds the project under "My projects".
 */
test.setTimeout(300_000);

test("a researcher creates a project with two components and requests its L0 review", async ({ browser }, testInfo) => {
  const k = Math.random().toString(36).slice(2, 8);
  const name = `Leaf counter ${k}`;
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const hannah = await (await contextFor(browser, "hannah", testInfo)).newPage();

  // A reviewer-only person may not create projects: no link, and the page answers 403.
  await hannah.goto("/projects");
  await expect(hannah.getByRole("heading", { name: "Projects", exact: true })).toBeVisible();
  await expect(hannah.getByRole("link", { name: "New project" })).toHaveCount(0);
  expect((await hannah.goto("/projects/new"))?.status()).toBe(403);

  await lena.goto("/projects");
  await lena.getByRole("link", { name: "New project" }).click();
  await expect(lena.getByRole("heading", { name: "New project" })).toBeVisible();
  const form = lena.getByRole("form", { name: "New project" });

  // Refusal first: an empty name and two components with the same name are all reported at once.
  await form.getByLabel("Component 1 name").fill("Counter");
  await form.getByRole("button", { name: "Add a component" }).click();
  await form.getByLabel("Component 2 name").fill("counter");
  await form.getByRole("button", { name: "Create project" }).click();
  await expect(form.getByText("Enter a project name.")).toBeVisible();
  await lena.getByLabel("Name", { exact: true }).fill(name);
  await form.getByRole("button", { name: "Create project" }).click();
  await expect(form.getByText('Another component is already named "counter".')).toBeVisible();

  await form.getByLabel("Description (optional)").first().fill("Counts leaves on field photos.");
  await form.getByLabel(/Tags and team/).fill("vision, team-green");
  await form.getByRole("group", { name: "Contributors" }).getByLabel(new RegExp(NAMES.jonas)).check();
  await form.getByLabel("Component 2 name").fill("Leaf photos");
  await form.getByLabel("Kind").nth(1).selectOption("dataset");
  await form.getByLabel(/^TL;DR/).fill("A leaf counter for field photos, to plan harvests.");
  await expectAccessible(lena);
  await screenshots(lena, testInfo, "project-new");

  await form.getByRole("button", { name: "Create project" }).click();
  await expect(lena).toHaveURL(/\/projects\/leaf-counter-[a-z0-9-]+$/);
  const slug = new URL(lena.url()).pathname.split("/")[2]!;
  await expect(lena.getByRole("heading", { name, level: 1 })).toBeVisible();
  const components = lena.getByRole("region", { name: "Components" });
  await expect(components).toContainText("Counter");
  await expect(components).toContainText("Leaf photos");
  await expect(lena.getByRole("region", { name: /^TRL Card/ })).toContainText("A leaf counter for field photos");

  // The owner edits the project: the form was read at version 0, the save moves it on.
  await lena.getByRole("link", { name: "Edit project" }).click();
  await expect(lena.getByRole("heading", { name: "Edit project" })).toBeVisible();
  await lena.getByLabel(/Tags and team/).fill("vision, team-green, harvest");
  await expectAccessible(lena);
  await screenshots(lena, testInfo, "project-edit");
  await lena.getByRole("button", { name: "Save changes" }).click();
  await expect(lena).toHaveURL(new RegExp(`/projects/${slug}$`));
  await expect(lena.locator("main header").first()).toContainText("harvest");

  // The contributor finds it under "My projects".
  const jonas = await (await contextFor(browser, "jonas", testInfo)).newPage();
  await jonas.goto("/projects");
  await jonas.getByLabel("My projects").check();
  await jonas.getByRole("button", { name: "Filter" }).click();
  await expect(jonas).toHaveURL(/mine=1/);
  await expect(jonas.getByRole("link", { name })).toBeVisible();

  // The L0 review: the card's TL;DR is there, so the draft can be submitted with an L0 panel.
  const reviewId = await requestReview(lena, slug, ["hannah", "kofi"]);
  await expect(lena.locator("main")).toContainText("Leaf photos");
  await lena.goto(`/projects/${slug}`);
  const reviews = lena.getByRole("region", { name: "Reviews" });
  await expect(reviews).toContainText("Open");
  await expect(reviews.locator(`a[href*="${reviewId}"]`).first()).toBeVisible();
});
