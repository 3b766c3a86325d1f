import { spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "@playwright/test";
import { LENA, makeCardProject } from "./card-fixtures";
import { contextFor, expect, expectAccessible, screenshots } from "./review-fixtures";

/**
 * The programmable door, end to end: a researcher creates a personal token on /account, runs the
 * real `mltrl` client (bin/mltrl.mjs, as a CI step would) against this server to pull the TRL
 * Card, edits a section in the file and pushes it: the new revision shows in the browser. Then CI
 * posts evidence that meets a requirement's metric target (verified) and a run that misses it
 * (regressed): the browser shows it, the owner has a notification, and `mltrl check` exits 1.
 */
test.setTimeout(300_000);

type Ran = { code: number | null; stdout: string; stderr: string };

function mltrl(args: string[], env: { url: string; token: string; cwd: string }): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve("bin/mltrl.mjs"), ...args], {
      cwd: env.cwd,
      env: { ...process.env, MLTRL_URL: env.url, MLTRL_TOKEN: env.token, HOME: env.cwd, XDG_CONFIG_HOME: env.cwd },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

test("token in the UI → card pull, edit, push → evidence verifies then regresses → check fails", async ({
  browser,
}, testInfo) => {
  const p = await makeCardProject({
    owner: LENA,
    level: 3,
    requirements: [
      { kind: "technical", statement: "Tile accuracy shall stay high.", pFailure: 0.3, value: 8, ownerEmail: LENA },
    ],
  });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();

  // A personal token with the scopes a CI job and a laptop need.
  await lena.goto("/account");
  const form = lena.getByRole("form", { name: "Create an API token" });
  await form.getByLabel("Name").fill("Repo CI");
  for (const scope of [/^card:/, /^evidence:/]) await form.getByRole("checkbox", { name: scope }).check();
  await form.getByRole("button", { name: "Create token" }).click();
  const shown = lena.getByLabel(/Your new token “Repo CI” \(shown once\)/);
  await expect(shown).toHaveValue(/^mltrl_/);
  const env = {
    url: new URL(testInfo.project.use.baseURL!).origin,
    token: await shown.inputValue(),
    cwd: await mkdtemp(path.join(tmpdir(), "mltrl-e2e-")),
  };

  // Card as code: pull, edit the TL;DR in the file, push.
  const pulled = await mltrl(["card", "pull", p.slug], env);
  expect(pulled.code, pulled.stderr).toBe(0);
  const file = path.join(env.cwd, `${p.slug}.card.md`);
  const text = await readFile(file, "utf8");
  expect(text).toContain("Finds defects in frames.");
  await writeFile(file, text.replace("Finds defects in frames.", "Finds defects in frames, now at night too."));
  const pushed = await mltrl(["card", "push"], env);
  expect(pushed.code, pushed.stderr).toBe(0);
  expect(pushed.stdout).toContain("revision 2");

  await lena.goto(`/projects/${p.slug}/card`);
  await expect(lena.getByText("Finds defects in frames, now at night too.")).toBeVisible();
  await lena.goto(`/projects/${p.slug}/card/history`);
  const revisions = lena.getByRole("list", { name: "Revisions, newest first" }).getByRole("listitem");
  await expect(revisions.first()).toContainText("Revision 2");
  await screenshots(lena, testInfo, "card-history-after-cli-push");

  // The requirement gets a metric target on its form.
  await lena.goto(`/projects/${p.slug}/requirements/1`);
  await lena.getByLabel("Metric", { exact: true }).fill("accuracy");
  await lena.getByLabel("Must be").selectOption("at_least");
  await lena.getByLabel("Target", { exact: true }).fill("0.9");
  await lena.getByRole("button", { name: "Save R1" }).click();
  await expect(lena).toHaveURL(new RegExp(`/projects/${p.slug}/requirements#R1$`));

  // CI: a run that meets the target, then one that misses it.
  const ci = ["--requirement", "R-1", "--provider", "github-actions", "--commit", "abc1234def"];
  const pass = await mltrl(["evidence", "add", p.slug, ...ci, "-m", "accuracy=0.93"], env);
  expect(pass.code, pass.stderr).toBe(0);
  expect(pass.stdout).toContain("verified");
  const r1 = lena.getByRole("article", { name: /^R1 Tile accuracy/ });
  await lena.reload();
  await expect(r1).toContainText("Verified");
  const miss = await mltrl(["evidence", "add", p.slug, ...ci, "-m", "accuracy=0.81"], env);
  expect(miss.stdout + miss.stderr).toContain("regressed");
  await lena.reload();
  await expect(r1).toContainText("Regressed by run");
  await expectAccessible(lena);
  await screenshots(lena, testInfo, "requirements-regressed-by-ci");

  await lena.goto("/notifications");
  await expect(lena.getByText(`R1 regressed in ${p.name}`)).toBeVisible();

  const check = await mltrl(["check", p.slug], env);
  expect(check.code).toBe(1);
  expect(check.stdout + check.stderr).toContain("R1 regressed");
});
