import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseCard } from "./card-format";
import { startContractServer, type ContractServer } from "./test-support/contract-server";
import { runCli, sandbox } from "./test-support/run-cli";
import type { Env } from "./config";

let server: ContractServer;
let cwd: string;
let env: Env;

const sections = [
  { key: "summary", title: "Summary: links and coupled components", body: "Repo: https://example.com/fraud\n" },
  { key: "intendedUse", title: "Intended uses", body: "" },
  { key: "ethics", title: "Ethics", body: '## Reviewed\n---\nproject: nope\n<!-- mltrl:section key="summary" -->' },
];

beforeEach(async () => {
  server = await startContractServer();
  server.state.cards.set("fraud", { level: 4, revisions: [sections] });
  ({ cwd, env } = await sandbox());
  env = { ...env, MLTRL_URL: server.url, MLTRL_TOKEN: server.state.token };
});

afterEach(() => server.close());

const file = () => path.join(cwd, "fraud.card.md");
const writes = () => server.state.requests.filter((r) => r.method !== "GET");

describe("mltrl card pull", () => {
  it("writes the card with front matter and every section", async () => {
    const result = await runCli(["card", "pull", "fraud"], { cwd, env });
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("revision 1, level 4");
    const card = parseCard(await readFile(file(), "utf8"));
    expect(card).toEqual({ project: "fraud", revision: 1, level: 4, server: server.url, sections });
  });

  it("pulls a pinned revision to --out, or to standard output with -", async () => {
    server.state.cards.get("fraud")!.revisions.push(sections.map((s) => ({ ...s, body: "later" })));
    await runCli(["card", "pull", "fraud", "--revision", "1", "--out", "old.md"], { cwd, env });
    expect(parseCard(await readFile(path.join(cwd, "old.md"), "utf8")).sections).toEqual(sections);
    expect(server.state.requests.at(-1)!.path).toBe("/api/v1/projects/fraud/card?revision=1");
    const printed = await runCli(["card", "pull", "fraud", "-o", "-"], { cwd, env });
    expect(parseCard(printed.stdout).revision).toBe(2);
  });

  it("refuses a revision that is not a number as a usage error", async () => {
    const result = await runCli(["card", "pull", "fraud", "--revision", "latest"], { cwd, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Not a whole number");
  });

  it("exits 5 with the problem's title for an unknown project", async () => {
    const result = await runCli(["card", "pull", "nope"], { cwd, env });
    expect(result.code).toBe(5);
    expect(result.stderr).toContain("mltrl: Not found");
  });
});

describe("mltrl card push", () => {
  beforeEach(async () => {
    await runCli(["card", "pull", "fraud"], { cwd, env });
  });

  it("sends nothing when the file is as pulled (pull → push round-trips)", async () => {
    const result = await runCli(["card", "push"], { cwd, env });
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain("nothing sent");
    expect(writes()).toEqual([]);
    expect(server.state.cards.get("fraud")!.revisions).toHaveLength(1);
  });

  it("saves only the changed section with If-Match and moves the file's revision", async () => {
    const before = await readFile(file(), "utf8");
    await writeFile(file(), before.replace("Repo: https://example.com/fraud", "Repo: https://example.com/fraud-v2"));
    const result = await runCli(["card", "push", "fraud.card.md"], { cwd, env });
    expect(result.code).toBe(0);
    expect(writes()).toHaveLength(1);
    expect(writes()[0]).toMatchObject({
      method: "PUT",
      path: "/api/v1/projects/fraud/card/sections/summary",
      headers: { "if-match": '"1"' },
      body: { body: "Repo: https://example.com/fraud-v2\n" },
    });
    const after = await readFile(file(), "utf8");
    expect(parseCard(after).revision).toBe(2);
    expect(after).toBe(before.replace("revision: 1", "revision: 2").replace("/fraud\n", "/fraud-v2\n"));
    const again = await runCli(["card", "push"], { cwd, env });
    expect(again.stdout).toContain("nothing sent");
    expect(writes()).toHaveLength(1);
  });

  it("chains If-Match through several changed sections", async () => {
    const text = await readFile(file(), "utf8");
    await writeFile(
      file(),
      text.replace("## Intended uses\n\n", "## Intended uses\n\nScoring.").replace("## Reviewed", "## Checked"),
    );
    expect((await runCli(["card", "push"], { cwd, env })).code).toBe(0);
    expect(writes().map((w) => w.headers["if-match"])).toEqual(['"1"', '"2"']);
    expect(parseCard(await readFile(file(), "utf8")).revision).toBe(3);
  });

  it("prints the diff and exits 4 when the card moved since the pull", async () => {
    const card = server.state.cards.get("fraud")!;
    card.revisions.push(sections.map((s) => (s.key === "intendedUse" ? { ...s, body: "Theirs.\n" } : s)));
    const text = await readFile(file(), "utf8");
    await writeFile(file(), text.replace("## Intended uses\n\n", "## Intended uses\n\nMine."));
    const result = await runCli(["card", "push"], { cwd, env });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain("The card moved: your file is at revision 1, the card at 2.");
    expect(result.stderr).toContain("+++ intendedUse\tyour file");
    expect(result.stderr).toContain("+Mine.");
    expect(result.stderr).toContain("-Theirs.");
    expect(result.stderr).toContain("mltrl: The card changed since your revision");
    expect(result.stderr).toContain("Request id: req-412");
    expect(card.revisions).toHaveLength(2);
    expect(parseCard(await readFile(file(), "utf8")).revision).toBe(1);
  });

  it("--dry-run prints the change and sends nothing", async () => {
    const text = await readFile(file(), "utf8");
    await writeFile(file(), text.replace("## Intended uses\n\n", "## Intended uses\n\nScoring."));
    const result = await runCli(["card", "push", "--dry-run"], { cwd, env });
    expect(result.stdout).toContain("+Scoring.");
    expect(writes()).toEqual([]);
  });

  it("refuses a file pulled from another server", async () => {
    const result = await runCli(["card", "push"], { cwd, env: { ...env, MLTRL_URL: "https://other.example" } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("you are logged in to https://other.example");
  });

  it("refuses a file whose section key the card lacks", async () => {
    const text = await readFile(file(), "utf8");
    await writeFile(file(), text.replace('key="ethics"', 'key="ethic"'));
    const result = await runCli(["card", "push"], { cwd, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('The card has no section "ethic"');
  });

  it("exits 3 when the token lacks the card scope", async () => {
    server.state.scopes = ["read"];
    const text = await readFile(file(), "utf8");
    await writeFile(file(), text.replace("## Intended uses\n\n", "## Intended uses\n\nScoring."));
    const result = await runCli(["card", "push"], { cwd, env });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('This token lacks the "card" scope.');
  });
});

describe("mltrl card pull over an existing file", () => {
  beforeEach(async () => {
    await runCli(["card", "pull", "fraud"], { cwd, env });
    server.state.cards.get("fraud")!.revisions.push(sections.map((s) => ({ ...s, body: `${s.body}later` })));
  });

  it("refreshes a file without local edits", async () => {
    expect((await runCli(["card", "pull", "fraud"], { cwd, env })).code).toBe(0);
    expect(parseCard(await readFile(file(), "utf8")).revision).toBe(2);
  });

  it("refuses to overwrite unpushed edits unless --force", async () => {
    const text = await readFile(file(), "utf8");
    await writeFile(file(), text.replace("## Intended uses\n\n", "## Intended uses\n\nMine."));
    const refused = await runCli(["card", "pull", "fraud"], { cwd, env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("it has unpushed edits in intendedUse");
    expect(parseCard(await readFile(file(), "utf8")).revision).toBe(1);
    expect((await runCli(["card", "pull", "fraud", "--force"], { cwd, env })).code).toBe(0);
    expect(parseCard(await readFile(file(), "utf8")).revision).toBe(2);
  });

  it("refuses to overwrite a file that is not a card", async () => {
    await writeFile(path.join(cwd, "notes.md"), "# My notes\n");
    const refused = await runCli(["card", "pull", "fraud", "--out", "notes.md"], { cwd, env });
    expect(refused.stderr).toContain("Not overwriting notes.md: it is not a card file.");
    expect(await readFile(path.join(cwd, "notes.md"), "utf8")).toBe("# My notes\n");
  });
});

describe("mltrl card push during an open review", () => {
  it("prints who would vote again and the flag, then saves with --accept-vote-resets", async () => {
    server.state.voters = ["Ravi Patel", "Sofia Rossi"];
    await runCli(["card", "pull", "fraud"], { cwd, env });
    await writeFile(file(), (await readFile(file(), "utf8")).replace("Repo: https://example.com/fraud", "Repo: moved"));
    const refused = await runCli(["card", "push"], { cwd, env });
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain("reset 2 current votes of the open review (Ravi Patel, Sofia Rossi)");
    expect(refused.stderr).toContain("--accept-vote-resets 2");
    const short = await runCli(["card", "push", "--accept-vote-resets", "1"], { cwd, env });
    expect(short.code).toBe(4);
    const saved = await runCli(["card", "push", "--accept-vote-resets", "2"], { cwd, env });
    expect(saved).toMatchObject({ code: 0 });
    expect(writes().at(-1)!.body).toMatchObject({ acknowledgedVoteResets: 2 });
    expect(server.state.cards.get("fraud")!.revisions).toHaveLength(2);
  });
});
