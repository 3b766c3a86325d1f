import { test } from "@playwright/test";
import { NAMES, contextFor, expect, expectAccessible, makeProject } from "./review-fixtures";
import {
  key,
  openComponentMoves,
  componentRow,
  systemLevel,
  transition,
  openNewVersion,
  expectTimelineRow,
} from "./switchback-locators";

/**
 * The project page's "new version" dialog (components/switchbacks): refusals, a plain bump and its
 * changelog, and a deployed (L9) component moving back to L7 on a new version.
 */
test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

test("new versions: refusals, a bump and its changelog; at L9 a new version moves back to L7", async ({
  browser,
}, testInfo) => {
  const k = key();
  const encoder = `Encoder ${k}`;
  const project = await makeProject({ owner: "lena", level: 6, components: [encoder] });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  await openComponentMoves(lena, project.slug);

  let dialog = await openNewVersion(lena, encoder);
  for (const label of ["Code version", "Model version", "Data version"])
    await expect(dialog.getByLabel(label)).toHaveValue("1.0.0");
  const next = dialog.getByRole("button", { name: "Review the change" });
  // Nothing changed, or no changelog → it cannot go on.
  await dialog.getByLabel("What changed").fill("Nothing yet.");
  await expect(next).toBeDisabled();
  await expect(dialog).toContainText("Change at least one version to continue.");
  await dialog.getByLabel("What changed").fill("");
  await dialog.getByLabel("Code version").fill("1.1.0");
  await expect(next).toBeDisabled();
  await expect(dialog).toContainText("Say what changed to continue.");
  await expectAccessible(lena);

  // A version that is not x.y.z, then one that does not increase: the server refuses each, clearly.
  await dialog.getByLabel("Code version").fill("1.0.0");
  await dialog.getByLabel("Model version").fill("1.1");
  await dialog.getByLabel("What changed").fill("Retrained.");
  await next.click();
  await dialog.getByRole("button", { name: "Confirm the new version" }).click();
  await expect(dialog.getByRole("alert")).toContainText("The model version must look like 1.4.2.");
  await dialog.getByRole("button", { name: "Back" }).click();
  await dialog.getByLabel("Model version").fill("0.9.0");
  await next.click();
  await dialog.getByRole("button", { name: "Confirm the new version" }).click();
  await expect(dialog.getByRole("alert")).toContainText(
    "The model version must increase beyond 1.0.0; 0.9.0 does not.",
  );
  await expectAccessible(lena);
  await lena.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(componentRow(lena, encoder)).toContainText("1.0.0");
  await expect(componentRow(lena, encoder)).not.toContainText("0.9.0");

  // A real bump: new code and data versions with a changelog.
  const changelog = `Bump ${k}: faster loader and a relabelled data set.`;
  dialog = await openNewVersion(lena, encoder);
  await dialog.getByLabel("Code version").fill("1.1.0");
  await dialog.getByLabel("Data version").fill("2.0.0");
  await dialog.getByLabel("What changed").fill(changelog);
  await dialog.getByRole("button", { name: "Review the change" }).click();
  const happen = dialog.getByRole("status").filter({ hasText: "What will happen" });
  await expect(happen).toContainText("The code version goes from 1.0.0 to 1.1.0.");
  await expect(happen).toContainText("The data version goes from 1.0.0 to 2.0.0.");
  await expect(happen).not.toContainText("model version");
  await expect(happen).not.toContainText("deployed");
  await dialog.getByRole("button", { name: "Confirm the new version" }).click();
  await expect(dialog).toBeHidden();
  const row = componentRow(lena, encoder);
  await expect(row.getByRole("cell")).toHaveText(["Model", /^L6/, "1.1.0", "1.0.0", "2.0.0", /.*/]);
  // Opening the dialog again starts from the versions just saved (it once showed the old ones).
  dialog = await openNewVersion(lena, encoder);
  await expect(dialog.getByLabel("Code version")).toHaveValue("1.1.0");
  await expect(dialog.getByLabel("Data version")).toHaveValue("2.0.0");
  await expect(dialog.getByLabel("What changed")).toHaveValue("");
  await lena.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(lena.getByRole("region", { name: "Recent level changes" }).getByRole("listitem")).toHaveCount(1); // only the start
  await expectAccessible(lena);

  // The components page keeps the changelog.
  await lena.goto(`/projects/${project.slug}/components`);
  const item = lena.getByRole("article", { name: encoder });
  await item.getByText("Changelog (1)").click();
  await expect(item.getByRole("listitem")).toContainText(`1.1.0/1.0.0/2.0.0 — ${changelog} (${NAMES.lena})`);
  await expectAccessible(lena);

  // A deployed component: the confirmation warns, and the new version sends it back to L7.
  const [ranker, indexer] = [`Ranker ${k}`, `Indexer ${k}`];
  const deployed = await makeProject({ owner: "lena", level: 9, components: [ranker, indexer] });
  await openComponentMoves(lena, deployed.slug);
  dialog = await openNewVersion(lena, ranker);
  await dialog.getByLabel("Model version").fill("1.1.0");
  await dialog.getByLabel("What changed").fill(`Retrained ranker ${k}.`);
  await dialog.getByRole("button", { name: "Review the change" }).click();
  const warn = dialog.getByRole("status").filter({ hasText: "What will happen" });
  await expect(warn).toContainText("The model version goes from 1.0.0 to 1.1.0.");
  await expect(warn).toContainText(
    `${ranker} is deployed (level 9), so it moves back to level 7 (embedded switchback)`,
  );
  await expect(warn).toContainText("The project's system level goes from 9 to 7.");
  await expectAccessible(lena);
  await dialog.getByRole("button", { name: "Confirm the new version" }).click();
  await expect(dialog).toBeHidden();
  await expect(componentRow(lena, ranker)).toContainText("L7");
  await expect(componentRow(lena, ranker)).toContainText("1.1.0");
  await expect(componentRow(lena, indexer)).toContainText("L9");
  await expect(systemLevel(lena)).toContainText("L7");
  const auto = transition(lena, "New model version of a deployed component; changes cycle back through integration.");
  await expect(auto).toContainText("Embedded switchback");
  await expect(auto).toContainText(ranker);
  await expectTimelineRow(
    lena,
    deployed.slug,
    "New model version of a deployed component",
    "L9 → L7",
    "Embedded switchback",
  );
  await lena.context().close();
});
