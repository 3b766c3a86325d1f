import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { cardPull, cardPush } from "./commands/card";
import { check } from "./commands/check";
import { evidenceAdd } from "./commands/evidence";
import { login } from "./commands/login";
import { status } from "./commands/status";
import { CliError } from "./errors";
import { EXIT } from "./exit-codes";
import { line, processIo, type Io } from "./io";
import packageJson from "../package.json" with { type: "json" };

const EXIT_HELP = `
Exit codes: 0 ok, 1 check found problems, 2 usage or invalid input, 3 not logged in or not allowed,
4 the card moved (conflict), 5 other failures (unknown project, rate limit, server or network).
Environment: MLTRL_URL and MLTRL_TOKEN override the stored login (for CI).
Documentation: docs/api.md, "Command-line client and CI".`;

function wholeNumber(raw: string): number {
  if (!/^\d+$/.test(raw)) throw new InvalidArgumentError("Not a whole number.");
  return Number(raw);
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command("mltrl")
    .description("Command-line client of an MLTRL server: TRL Cards as code, evidence from CI, checks.")
    .version(packageJson.version)
    .showHelpAfterError()
    .addHelpText("after", EXIT_HELP)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command("login")
    .description("Verify a token against a server and store both (0600) for the next commands.")
    .argument("<server>", "the server's URL, e.g. https://mltrl.example.com")
    .option("--token <token>", "the API token (else MLTRL_TOKEN, else read from standard input)")
    .action((server: string, options) => login(io, server, options));

  const card = program.command("card").description("TRL Card as a Markdown file.");
  card
    .command("pull")
    .description("Write the card (or a pinned revision) as Markdown with front matter.")
    .argument("<project>", "the project's slug")
    .option("-o, --out <file>", "where to write it, - for standard output (default: <project>.card.md)")
    .option("-r, --revision <n>", "a pinned revision instead of the current one", wholeNumber)
    .option("--force", "overwrite the file even if it has edits that were not pushed")
    .action((project: string, options) => cardPull(io, project, options));
  card
    .command("push")
    .description("Save the sections changed since the file's revision; refuses if the card moved.")
    .argument("[file]", "the card file (default: the one *.card.md here)")
    .option("--dry-run", "print what would change and send nothing")
    .option(
      "--accept-vote-resets <n>",
      "confirm that the push may reset up to n current votes of an open review (they must vote again)",
      wholeNumber,
    )
    .action((file: string | undefined, options) => cardPush(io, file, options));

  const evidence = program.command("evidence").description("Results of test runs and evaluations.");
  evidence
    .command("add")
    .description("Post a run's result to a requirement or a gate criterion.")
    .argument("<project>", "the project's slug")
    .option("-f, --file <json>", "the evidence body as JSON (- for standard input); flags override it")
    .option("--requirement <id>", "the requirement's id or code, e.g. R-3")
    .option("--criterion <level:key>", "a gate criterion, e.g. 4:offline_eval")
    .addOption(new Option("--passed", "the run passed").conflicts("failed"))
    .addOption(new Option("--failed", "the run failed").conflicts("passed"))
    .option("-m, --metric <name=value>", "a metric value (repeatable)", collect)
    .option("--url <url>", "link to the run (default in GitHub Actions: the workflow run)")
    .addOption(new Option("--provider <name>").choices(["github-actions", "mlflow", "wandb", "other"]))
    .option("--commit <sha>", "the commit evaluated (default in GitHub Actions: GITHUB_SHA)")
    .option("--model-version <version>", "the model version evaluated")
    .option("--data-version <version>", "the data version evaluated")
    .option("--summary <text>", "one line about the run")
    .action((project: string, options) => {
      const passed = options.passed ? true : options.failed ? false : undefined;
      return evidenceAdd(io, project, { ...options, passed });
    });

  program
    .command("check")
    .description("Exit 1 when the current level has a regressed requirement, stale evidence or an overdue review.")
    .argument("<project>", "the project's slug")
    .option("--json", "print the server's answer as JSON")
    .action(async (project: string, options) => setExit(await check(io, project, options)));

  program
    .command("status")
    .description("The project's system level, open review and component levels as a table.")
    .argument("<project>", "the project's slug")
    .option("--json", "print the server's answer as JSON")
    .action((project: string, options) => status(io, project, options));

  return program;
}

/** Runs the client on `argv` (without node and the script) and returns the exit code; never exits. */
export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (next) => (code = next));
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version end the parse with an "error" whose exit code is 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      line(io.err, `mltrl: ${error.message}`);
      for (const detail of error.details) line(io.err, `  ${detail}`);
      return error.exitCode;
    }
    line(io.err, `mltrl: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  }
}
