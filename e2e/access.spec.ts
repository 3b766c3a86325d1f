import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { Client } from "pg";

// Anonymous visitors: every page but sign-in sends them to sign in, and no server action runs.
test.use({ storageState: { cookies: [], origins: [] } });

const pages = ["/", "/projects", "/projects/cams-meteor-pipeline", "/admin/users", "/no-such-page"];

test("an unauthenticated request to any page is redirected to sign-in", async ({ page, request }) => {
  for (const url of pages) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBeGreaterThanOrEqual(300);
    expect(response.status(), url).toBeLessThan(400);
    expect(response.headers()["location"] ?? "", url).toContain("/sign-in");
  }
  await page.goto("/projects");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
});

test("the favicon, icons, web manifest and robots.txt are served without a session", async ({ request }) => {
  const files: [string, RegExp][] = [
    ["/favicon.ico", /image\/(x-icon|vnd\.microsoft\.icon)/],
    ["/icon.svg", /image\/svg\+xml/],
    ["/icon-192.png", /image\/png/],
    ["/icon-512.png", /image\/png/],
    ["/manifest.webmanifest", /application\/manifest\+json/],
    ["/robots.txt", /text\/plain/],
  ];
  for (const [url, type] of files) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(200);
    expect(response.headers()["content-type"] ?? "", url).toMatch(type);
  }
  expect(await (await request.get("/robots.txt")).text()).toContain("Disallow: /");
  const manifest = (await (await request.get("/manifest.webmanifest")).json()) as { icons: { src: string }[] };
  expect(manifest.icons.map((i) => i.src)).toContain("/icon-512.png");
});

test("an unauthenticated API request gets 401", async ({ request }) => {
  const response = await request.get("/api/does-not-matter", { maxRedirects: 0 });
  expect(response.status()).toBe(401);
});

/** Every server action the build contains, called without a session, changes nothing. */
test("an unauthenticated call to any server action is refused and writes nothing", async ({ request }) => {
  const manifest = JSON.parse(
    readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, unknown>;
  };
  const actionIds = Object.keys(manifest.node);
  expect(actionIds.length).toBeGreaterThan(0);

  const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  // Sign-in events (entity type "auth") are left out: the setup project signs in meanwhile.
  const count = async () =>
    (
      await db.query(
        "SELECT (SELECT count(*) FROM audit_events WHERE entity_type <> 'auth') + (SELECT count(*) FROM users) + (SELECT count(*) FROM projects) AS n",
      )
    ).rows[0].n as string;
  const before = await count();
  for (const id of actionIds) {
    // /sign-in is the one page the proxy lets through, so the action itself must refuse.
    const response = await request.post("/sign-in", {
      headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
      data: JSON.stringify([
        {
          email: "intruder@example.org",
          name: "Intruder",
          password: "long-enough-password",
          roles: ["admin"],
          disciplines: [],
        },
      ]),
      maxRedirects: 0,
    });
    expect(response.status(), id).toBeLessThan(500);
  }
  expect(await count()).toBe(before);
  await db.end();
});
