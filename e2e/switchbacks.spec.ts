import { test } from "@playwright/test";
import { storageStatePath } from "./helpers";
import { NAMES, contextFor, expect, expectAccessible, makeProject, openDraft } from "./review-fixtures";
import {
  key,
  openComponentMoves,
  componentRow,
  systemLevel,
  transition,
  openSwitchback,
  expectTimelineRow,
} from "./switchback-locators";

/**
 * The project page's switchback dialogs (components/switchbacks), one browser context per person,
 * each test on its own fixture project:
 * 1. discovery switchback by an owner: the form, what it refuses, the confirmation, the page and
 *    timeline afterwards, a stale dialog refused by the server, and a component under a draft review;
 * 2. embedded switchbacks 9 → 4 and 4 → 2 by an owner, and the dialog afterwards;
 * 3. who sees none of it (a reviewer who is no member, the manager), or only part (an admin bumps
 *    versions but takes no switchback; a contributor takes discovery switchbacks only).
 * New versions are in new-versions.spec.ts.
 */
test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

test("discovery switchback: refusals, confirmation, the page and timeline, a stale dialog, a component under review", async ({
  browser,
}, testInfo) => {
  const k = key();
  const [encoder, decoder] = [`Encoder ${k}`, `Decoder ${k}`];
  const project = await makeProject({ owner: "lena", level: 5, components: [encoder, decoder] });
  const lenaContext = await contextFor(browser, "lena", testInfo);
  const lena = await lenaContext.newPage();
  await openComponentMoves(lena, project.slug);

  // A single kind for a component at L5 (no embedded path starts there): discovery, any lower level.
  let dialog = await openSwitchback(lena, decoder, 5);
  await expect(dialog).toContainText("Discovery switchback: a finding sends the component back to a lower level.");
  await expect(dialog.getByRole("radio")).toHaveCount(0);
  const to = dialog.getByLabel("Move to level");
  await expect(to.locator("option")).toHaveText([
    "Choose a level",
    "Level 0",
    "Level 1",
    "Level 2",
    "Level 3",
    "Level 4",
  ]);

  // Refusals the form offers: no level or no reason (blank counts as none) → it cannot go on.
  const next = dialog.getByRole("button", { name: "Review the change" });
  await expect(next).toBeDisabled();
  await expect(dialog).toContainText("Choose a level to continue.");
  await to.selectOption("3");
  await expect(next).toBeDisabled();
  await expect(dialog).toContainText("Give a reason to continue.");
  await dialog.getByLabel("Reason").fill("   ");
  await expect(next).toBeDisabled();
  await dialog.getByLabel("Reason").fill("The held-out set leaked into training.");
  await to.selectOption("");
  await expect(next).toBeDisabled();
  await expectAccessible(lena);
  // Cancel changes nothing, and the next opening starts fresh.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(componentRow(lena, decoder)).toContainText("L5");
  dialog = await openSwitchback(lena, decoder, 5);
  await expect(dialog.getByLabel("Move to level")).toHaveValue("");
  await expect(dialog.getByLabel("Reason")).toHaveValue("");

  // A second tab opens the same dialog before the move: it will act on what it saw (level 5).
  const stale = await lenaContext.newPage();
  await openComponentMoves(stale, project.slug);
  const staleDialog = await openSwitchback(stale, decoder, 5);

  // The move: the confirmation says exactly what will happen.
  const reason = `Discovery ${k}: the held-out set leaked into training.`;
  await dialog.getByLabel("Move to level").selectOption("3");
  await dialog.getByLabel("Reason").fill(reason);
  await dialog.getByRole("button", { name: "Review the change" }).click();
  const happen = dialog.getByRole("status").filter({ hasText: "What will happen" });
  await expect(happen).toContainText(
    `${decoder} moves from level 5 to level 3 (discovery switchback), recorded with your reason.`,
  );
  await expect(happen).toContainText("The project's system level goes from 5 to 3.");
  await expect(happen).toContainText("From level 3 it climbs again only through gated reviews, one level at a time.");
  await expectAccessible(lena);
  await dialog.getByRole("button", { name: "Confirm: move to level 3" }).click();
  await expect(dialog).toBeHidden();

  // The project page: the component, the system level, the recent level changes.
  await expect(componentRow(lena, decoder)).toContainText("L3");
  await expect(componentRow(lena, encoder)).toContainText("L5");
  await expect(systemLevel(lena)).toContainText("L3");
  const change = transition(lena, reason);
  await expect(change).toContainText("Discovery switchback");
  await expect(change).toContainText(NAMES.lena);
  await expect(lena.getByRole("button", { name: `Switchback… ${decoder}` })).toBeVisible();
  await expectAccessible(lena);

  // The stale tab asks for level 4, no longer lower than 3: the server refuses and nothing moves.
  await staleDialog.getByLabel("Move to level").selectOption("4");
  await staleDialog.getByLabel("Reason").fill("Sent from a tab that did not see the first move.");
  await staleDialog.getByRole("button", { name: "Review the change" }).click();
  await staleDialog.getByRole("button", { name: "Confirm: move to level 4" }).click();
  await expect(staleDialog.getByRole("alert")).toContainText(
    `A switchback moves "${decoder}" below its level 3; 4 is not lower.`,
  );
  await expect(staleDialog).toBeVisible();
  await expectAccessible(stale);
  await stale.reload();
  await expect(componentRow(stale, decoder)).toContainText("L3");
  await expect(transition(stale, "Sent from a tab")).toHaveCount(0);
  await stale.close();

  // The timeline lists the same move.
  await expectTimelineRow(lena, project.slug, reason, "L5 → L3", "Discovery switchback");
  await expectAccessible(lena);

  // A component under a draft review: the dialog says why instead of offering the move.
  await openDraft(lena, project.slug);
  await openComponentMoves(lena, project.slug);
  dialog = await openSwitchback(lena, decoder, 3);
  await expect(dialog).toContainText(
    "This component is under a draft or open review. Withdraw or finish that review first",
  );
  await expect(dialog.getByLabel("Move to level")).toHaveCount(0);
  await expectAccessible(lena);
  await lena.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  // The other component, not in the review, can still move.
  dialog = await openSwitchback(lena, encoder, 5);
  await expect(dialog.getByLabel("Move to level")).toBeVisible();
  await lena.context().close();
});

test("embedded switchbacks: 9 → 4 and 4 → 2 by an owner; afterwards the dialog offers discovery to the lower levels", async ({
  browser,
}, testInfo) => {
  const k = key();
  const [ranker, indexer] = [`Ranker ${k}`, `Indexer ${k}`];
  const project = await makeProject({ owner: "lena", level: 9, components: [ranker, indexer] });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  await openComponentMoves(lena, project.slug);

  // An owner at L9 chooses between discovery and the predefined path 9 → 4.
  let dialog = await openSwitchback(lena, indexer, 9);
  const kind = dialog.getByRole("group", { name: "Kind of switchback" });
  await expect(
    kind.getByRole("radio", { name: "Discovery: a finding sends it back to any lower level" }),
  ).toBeChecked();
  await expect(dialog.getByLabel("Move to level").locator("option")).toHaveCount(10);
  await kind.getByRole("radio", { name: "Embedded: the predefined path 9 → 4" }).check();
  const to = dialog.getByLabel("Move to level");
  await expect(to).toHaveValue("4");
  await expect(to.locator("option")).toHaveText(["Choose a level", "Level 4"]);
  await expectAccessible(lena);
  const reason = `Embedded ${k}: the deployed index needs a new prototype.`;
  await dialog.getByLabel("Reason").fill(reason);
  await dialog.getByRole("button", { name: "Review the change" }).click();
  const happen = dialog.getByRole("status").filter({ hasText: "What will happen" });
  await expect(happen).toContainText(`${indexer} moves from level 9 to level 4 (embedded switchback)`);
  await expect(happen).toContainText("The project's system level goes from 9 to 4.");
  await dialog.getByRole("button", { name: "Confirm: move to level 4" }).click();
  await expect(dialog).toBeHidden();
  await expect(componentRow(lena, indexer)).toContainText("L4");
  await expect(systemLevel(lena)).toContainText("L4");
  await expect(transition(lena, reason)).toContainText("Embedded switchback");

  // Now at L4, the same component offers the other path, 4 → 2.
  dialog = await openSwitchback(lena, indexer, 4);
  await dialog.getByRole("radio", { name: "Embedded: the predefined path 4 → 2" }).check();
  await expect(dialog.getByLabel("Move to level").locator("option")).toHaveText(["Choose a level", "Level 2"]);
  await dialog.getByLabel("Move to level").selectOption("2");
  const reason2 = `Embedded ${k}: back to proof of principle.`;
  await dialog.getByLabel("Reason").fill(reason2);
  await dialog.getByRole("button", { name: "Review the change" }).click();
  await expect(dialog.getByRole("status").filter({ hasText: "What will happen" })).toContainText(
    "The project's system level goes from 4 to 2.",
  );
  await dialog.getByRole("button", { name: "Confirm: move to level 2" }).click();
  await expect(dialog).toBeHidden();
  await expect(componentRow(lena, indexer)).toContainText("L2");
  await expect(componentRow(lena, ranker)).toContainText("L9");
  await expect(transition(lena, reason2)).toContainText("Embedded switchback");
  await expectAccessible(lena);
  // The dialog starts from the component as it is now: no embedded path starts at L2, so it offers
  // discovery to the lower levels (it once kept "embedded" across the refresh and offered no level).
  dialog = await openSwitchback(lena, indexer, 2);
  await expect(dialog.getByLabel("Move to level").locator("option")).toHaveText(
    ["Choose a level", "Level 0", "Level 1"],
    { timeout: 5_000 },
  );
  await expect(dialog).toContainText("Discovery switchback");
  await lena.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expectTimelineRow(lena, project.slug, reason, "L9 → L4", "Embedded switchback");
  await expectTimelineRow(lena, project.slug, reason2, "L4 → L2", "Embedded switchback");
  await lena.context().close();
});

test("who may not: no controls for a non-member reviewer or the manager; an admin bumps only; a contributor takes discovery only", async ({
  browser,
}, testInfo) => {
  const k = key();
  const detector = `Detector ${k}`;
  const project = await makeProject({ owner: "lena", contributors: ["jonas"], level: 4, components: [detector] });

  // A reviewer who is no member, and the manager: the project page and components page offer nothing.
  const hannah = await (await contextFor(browser, "hannah", testInfo)).newPage();
  const managerContext = await browser.newContext({ storageState: storageStatePath("manager") });
  const manager = await managerContext.newPage();
  for (const page of [hannah, manager]) {
    await page.goto(`/projects/${project.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: project.name })).toBeVisible();
    await expect(page.getByRole("link", { name: "Timeline", exact: true })).toBeVisible();
    await expect(page.getByText("Switchbacks and new versions")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Switchback…/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^New version…/ })).toHaveCount(0);
    await expectAccessible(page);
    await page.goto(`/projects/${project.slug}/components`);
    await expect(page.getByRole("article", { name: detector })).toBeVisible();
    await expect(page.getByText(/^New versions/)).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Add a component" })).toHaveCount(0);
  }
  await hannah.context().close();
  await managerContext.close();

  // An admin may change versions but takes no switchback (those are the members').
  const adminContext = await browser.newContext({ storageState: storageStatePath("admin") });
  const admin = await adminContext.newPage();
  await openComponentMoves(admin, project.slug);
  await expect(admin.getByRole("button", { name: `New version… of ${detector}` })).toBeVisible();
  await expect(admin.getByRole("button", { name: /^Switchback…/ })).toHaveCount(0);
  await adminContext.close();

  // A contributor: discovery switchbacks only; the embedded path 4 → 2 is the owner's.
  const jonas = await (await contextFor(browser, "jonas", testInfo)).newPage();
  await openComponentMoves(jonas, project.slug);
  const dialog = await openSwitchback(jonas, detector, 4);
  await expect(dialog).toContainText("Discovery switchback: a finding sends the component back to a lower level.");
  await expect(dialog.getByRole("radio")).toHaveCount(0);
  await expect(dialog.getByLabel("Move to level").locator("option")).toHaveText([
    "Choose a level",
    "Level 0",
    "Level 1",
    "Level 2",
    "Level 3",
  ]);
  await expectAccessible(jonas);
  // …while the owner, on the same component, is offered both kinds.
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  await openComponentMoves(lena, project.slug);
  const owners = await openSwitchback(lena, detector, 4);
  await expect(owners.getByRole("radio", { name: "Embedded: the predefined path 4 → 2" })).toBeVisible();
  await jonas.context().close();
  await lena.context().close();
});
