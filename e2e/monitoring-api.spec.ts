import { test } from "@playwright/test";
import { graduatedToNine } from "./monitoring-fixtures";
import { contextFor, expect, expectAccessible, makeProject, screenshots } from "./review-fixtures";

/**
 * A monitoring tool's critical alert through the REST API: the owner makes a token with the
 * `monitoring` scope on /account, the tool posts the signal with it (no cookies), the alert shows
 * on the project, and the chair of the review that deployed the component records the offered
 * switchback (9 → 7 here); the timeline shows the move with the alert as its reason.
 */
test.setTimeout(360_000);

test("a critical alert posted through the API is shown and sent back by the chair", async ({
  browser,
  playwright,
}, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 9, name: `E2E monitored ${Date.now()}` });
  await graduatedToNine({ projectId: project.id, componentIds: project.componentIds, owner: "lena", chair: "ravi" });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const ravi = await (await contextFor(browser, "ravi", testInfo)).newPage();

  await lena.goto("/account");
  const form = lena.getByRole("form", { name: "Create an API token" });
  await form.getByLabel("Name").fill("Drift monitor");
  await form.getByRole("checkbox", { name: /^monitoring:/ }).check();
  await form.getByRole("checkbox", { name: /^read:/ }).check();
  await form.getByRole("button", { name: "Create token" }).click();
  const shown = lena.getByLabel(/Your new token “Drift monitor” \(shown once\)/);
  await expect(shown).toHaveValue(/^mltrl_/);
  const auth = { Authorization: `Bearer ${await shown.inputValue()}` };

  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  const signal = {
    componentId: project.componentIds[0],
    kind: "performance",
    severity: "critical",
    metric: "top-1 accuracy",
    value: 0.61,
    threshold: 0.8,
    link: "https://monitoring.example.org/alerts/7",
    source: "evidently",
    externalId: "perf-7",
  };
  const posted = await api.post(`/api/v1/projects/${project.slug}/monitoring/signals`, { headers: auth, data: signal });
  expect(posted.status()).toBe(201);
  const { alertId, repeated } = await posted.json();
  expect(repeated).toBe(false);
  const listed = await api.get(`/api/v1/projects/${project.slug}/alerts`, { headers: auth });
  expect((await listed.json()).items).toEqual([
    expect.objectContaining({ id: alertId, severity: "critical", status: "open", source: "evidently" }),
  ]);
  await api.dispose();

  await lena.goto(`/projects/${project.slug}`);
  const alert = lena
    .getByRole("region", { name: "Monitoring (level 9)" })
    .getByRole("list", { name: "Open monitoring alerts" })
    .getByRole("listitem");
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText("critical");
  await expect(alert).toContainText("= 0.61 vs threshold 0.8");

  await ravi.goto(`/projects/${project.slug}`);
  const offer = ravi.getByRole("form", { name: "Record a switchback from this alert" });
  await expect(offer).toContainText("Monitoring alert (critical performance): top-1 accuracy 0.61 (threshold 0.8)");
  await offer.getByRole("radio", { name: /9 → 7/ }).check();
  await expectAccessible(ravi);
  await screenshots(ravi, testInfo, "monitoring-api-switchback-offer");
  await offer.getByRole("button", { name: "Record switchback" }).click();
  // Nothing is deployed any more: the offer and the monitoring section go.
  await expect(offer).toHaveCount(0);
  await expect(ravi.getByRole("region", { name: "Monitoring (level 9)" })).toHaveCount(0);

  await lena.goto(`/projects/${project.slug}/timeline`);
  const changes = lena.getByRole("table", { name: /Level changes/ });
  await expect(changes).toContainText("L9 → L7");
  await expect(changes).toContainText("Monitoring alert (critical performance)");
});
