import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { contextFor, expect, expectAccessible, makeProject, screenshots } from "./review-fixtures";

/**
 * Webhooks, end to end: the owner adds a signed webhook pointing at a real HTTP receiver on the
 * loopback (allowed for the e2e app by WEBHOOK_ALLOWED_NETWORKS, set in scripts/test-all.ts),
 * sends a test event, sees the delivery in the log once the worker's webhook delivery (started
 * beside the app by scripts/test-all.ts) has sent it, and redelivers it; the receiver verifies
 * every request with the Standard Webhooks library.
 */
test.setTimeout(240_000);

type Received = { headers: IncomingHttpHeaders; body: string };

test("an owner adds a webhook, sends a test event, sees it delivered and redelivers it", async ({
  browser,
}, testInfo) => {
  const received: Received[] = [];
  const receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200, { "content-type": "text/plain" }).end("thanks");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const port = (receiver.address() as AddressInfo).port;
  try {
    const project = await makeProject({ owner: "lena", level: 3, name: `E2E webhooks ${Date.now()}` });
    const lena = await (await contextFor(browser, "lena", testInfo)).newPage();

    await lena.goto(`/projects/${project.slug}/webhooks`);
    await expect(lena.getByRole("heading", { name: `Webhooks of ${project.name}` })).toBeVisible();
    await expect(lena.getByText("None yet.")).toBeVisible();
    const form = lena.getByRole("form", { name: "Add a webhook" });
    await form.getByLabel("URL").fill(`http://127.0.0.1:${port}/hooks/mltrl`);
    await form.getByLabel("Description (optional)").fill("Build bot");
    await form.getByLabel("Level changed").check();
    await form.getByLabel("Monitoring alert").check();
    await form.getByRole("button", { name: "Add webhook" }).click();
    await expect(form.getByText("Webhook added.")).toBeVisible();
    const secret = (await form.getByTestId("webhook-secret").textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);
    await expectAccessible(lena);
    await screenshots(lena, testInfo, "webhooks-list");

    await lena.getByRole("link", { name: `127.0.0.1:${port}` }).click();
    await expect(lena.getByRole("heading", { name: `127.0.0.1:${port}` })).toBeVisible();
    await expect(lena.getByText("Nothing sent yet.")).toBeVisible();
    await lena.getByRole("button", { name: "Send a test event" }).click();
    await expect(lena.getByText(/Test event queued/)).toBeVisible();

    // The worker sends it: the receiver gets it and the log shows it delivered.
    const deliveries = lena.getByRole("list", { name: "Deliveries, newest first" }).getByTestId("delivery");
    await expect(async () => {
      await lena.reload();
      await expect(deliveries.first()).toContainText("delivered", { timeout: 1000 });
    }).toPass({ timeout: 60_000 });
    await expect(deliveries).toHaveCount(1);
    await expect(deliveries.first()).toContainText("Test event");
    await expect(deliveries.first()).toContainText("last answer 200");
    expect(received).toHaveLength(1);
    const verify = (r: Received) =>
      new Webhook(secret).verify(r.body, {
        "webhook-id": String(r.headers["webhook-id"]),
        "webhook-timestamp": String(r.headers["webhook-timestamp"]),
        "webhook-signature": String(r.headers["webhook-signature"]),
      }) as { type: string; data: Record<string, unknown> };
    expect(verify(received[0]!).type).toBe("webhook.test");
    // A tampered body does not verify.
    expect(() =>
      verify({ ...received[0]!, body: received[0]!.body.replace("webhook.test", "webhook.tost") }),
    ).toThrow();
    await deliveries.first().getByText("Attempts, request and response").click();
    await expect(deliveries.first()).toContainText("webhook-signature: (signed)");
    await expectAccessible(lena);
    await screenshots(lena, testInfo, "webhook-delivery-log");

    // Redeliver: a new delivery of the same event, signed again, delivered again.
    await deliveries.first().getByRole("button", { name: "Redeliver Test event" }).click();
    await expect(lena.getByText("Queued again.")).toBeVisible();
    await expect(async () => {
      await lena.reload();
      await expect(deliveries).toHaveCount(2, { timeout: 1000 });
      for (const d of await deliveries.all()) await expect(d).toContainText("delivered", { timeout: 1000 });
    }).toPass({ timeout: 60_000 });
    expect(received).toHaveLength(2);
    expect(verify(received[1]!).type).toBe("webhook.test");
    expect(JSON.parse(received[1]!.body)).toEqual(JSON.parse(received[0]!.body));
    expect(received[1]!.headers["webhook-id"]).toBe(received[0]!.headers["webhook-id"]);
  } finally {
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
});
