import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli, sandbox } from "./test-support/run-cli";

type Step = { run?: string; env?: Record<string, string>; uses?: string };
type Workflow = { on: Record<string, unknown>; jobs: Record<string, { steps: Step[] }> };

const file = path.join(import.meta.dirname, "..", "examples", "github-actions.yml");
const workflow = parse(readFileSync(file, "utf8")) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = steps.map((step) => step.run ?? "").join("\n");
/** Every `npx --no mltrl …` line of the example, its continuation lines joined. */
const invocations = [...runs.replace(/\\\n\s*/g, "").matchAll(/npx --no mltrl ([^\n]+)/g)].map((m) => m[1]!);

describe("examples/github-actions.yml", () => {
  it("parses as YAML with jobs that evaluate, push and pull the card", () => {
    expect(Object.keys(workflow.jobs)).toEqual(["evaluate", "card-push", "card-pull"]);
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(["push", "pull_request", "schedule"]));
  });

  it("posts evidence, gates on check, and keeps the card as code", () => {
    const commands = invocations.map((args) => args.split(" ").slice(0, 2).join(" "));
    expect(commands).toEqual(
      expect.arrayContaining(["evidence add", 'check "$MLTRL_PROJECT"', "card push", "card pull"]),
    );
  });

  it("takes the token from secrets and never expands an expression inside a shell script", () => {
    for (const step of steps) {
      expect(step.run ?? "").not.toContain("${{");
      if (step.run?.includes("npx --no mltrl")) expect(step.env?.MLTRL_TOKEN).toBe("${{ secrets.MLTRL_TOKEN }}");
    }
  });

  it.each(invocations.map((args) => [args]))("`mltrl %s` is a command the client knows", async (args) => {
    const words = args.split(" ").filter((word) => /^[a-z]+$/.test(word));
    const command = words[0] === "check" ? ["check"] : words.slice(0, 2);
    const { cwd, env } = await sandbox();
    const result = await runCli([...command, "--help"], { cwd, env });
    expect(result.code).toBe(0);
    for (const option of args.match(/--[a-z-]+/g) ?? []) expect(result.stdout).toContain(option);
  });
});
