import { test } from "@playwright/test";
import { graduatedToNine } from "./monitoring-fixtures";
import { contextFor, expect, expectAccessible, makeProject, screenshots } from "./review-fixtures";

/**
 * Monitoring at level 9: the owner reports a critical drift alert by hand (monitoring tools use
 * the API, which runs the same command); it shows on the project and as "1 open alert" in the
 * portfolio; the chair of the review that deployed the component records the offered switchback,
 * and the timeline shows the level change with the alert as its reason.
 */
test.setTimeout(360_000);

test("a critical alert on a deployed component: reported, shown, and sent back by the chair", async ({
  browser,
}, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 9, name: `E2E deployed ${Date.now()}` });
  await graduatedToNine({ projectId: project.id, componentIds: project.componentIds, owner: "lena", chair: "ravi" });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const ravi = await (await contextFor(browser, "ravi", testInfo)).newPage();

  // The owner reports a critical drift signal by hand.
  await lena.goto(`/projects/${project.slug}`);
  const monitoring = lena.getByRole("region", { name: "Monitoring (level 9)" });
  await expect(monitoring.getByText("No open alerts on the deployed components.")).toBeVisible();
  await monitoring.getByText("Report a signal by hand").click();
  const form = monitoring.getByRole("form", { name: "Report a monitoring signal" });
  await form.getByLabel("Kind").selectOption("drift");
  await form.getByLabel("Severity").selectOption("critical");
  await form.getByLabel("Metric").fill("population stability index");
  await form.getByLabel("Value", { exact: true }).fill("0.42");
  await form.getByLabel("Threshold (optional)").fill("0.2");
  await form.getByLabel("Link (optional)").fill("https://monitoring.example.org/alerts/42");
  await form.getByRole("button", { name: "Report signal" }).click();
  await expect(form.getByText("Signal reported.")).toBeVisible();
  const alert = monitoring.getByRole("list", { name: "Open monitoring alerts" }).getByRole("listitem");
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText("critical");
  await expect(alert).toContainText("= 0.42 vs threshold 0.2");
  // Members acknowledge; the owner has no switchback offer (she is not the chair).
  await alert.getByRole("button", { name: "Acknowledge" }).click();
  await expect(alert).toContainText("acknowledged");
  await expect(alert.getByRole("form", { name: "Record a switchback from this alert" })).toHaveCount(0);
  await expectAccessible(lena);
  await screenshots(lena, testInfo, "monitoring-alert-owner");

  // The portfolio row says so beside the level.
  await lena.goto(`/portfolio?q=${encodeURIComponent(project.name)}`);
  await expect(lena.getByRole("row", { name: new RegExp(project.name) })).toContainText("1 open alert");

  // The chair of the deploying review was told, and is offered the switchback with the alert as reason.
  await ravi.goto("/notifications");
  await expect(ravi.getByText(/Critical monitoring alert on/).first()).toBeVisible();
  await ravi.goto(`/projects/${project.slug}`);
  const offer = ravi.getByRole("form", { name: "Record a switchback from this alert" });
  await expect(offer).toContainText("Record a switchback (9 → 4 / 9 → 7)");
  await expect(offer).toContainText(
    "Monitoring alert (critical drift): population stability index 0.42 (threshold 0.2)",
  );
  await expect(offer.getByRole("radio", { name: /9 → 4/ })).toBeChecked();
  await expectAccessible(ravi);
  await screenshots(ravi, testInfo, "monitoring-switchback-offer");
  await offer.getByLabel("Note for the timeline (optional)").fill("The sky survey changed cameras.");
  await offer.getByRole("button", { name: "Record switchback" }).click();
  // Nothing is deployed any more: the offer and the monitoring section go.
  await expect(offer).toHaveCount(0);
  await expect(ravi.getByRole("region", { name: "Monitoring (level 9)" })).toHaveCount(0);

  // The timeline shows the level change with the alert, and the alert's history.
  await lena.goto(`/projects/${project.slug}/timeline`);
  const changes = lena.getByRole("table", { name: /Level changes/ });
  await expect(changes).toContainText("L9 → L4");
  await expect(changes).toContainText("Monitoring alert (critical drift)");
  const history = lena.getByRole("table", { name: /Monitoring alerts/ });
  for (const event of ["Reported", "Acknowledged", "Switchback"]) await expect(history).toContainText(event);
  await expectAccessible(lena);
});
