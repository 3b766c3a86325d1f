/**
 * `npm run user:create-admin -- --email you@org --name "Your Name" [--reset]`
 *
 * Creates the first admin of a database (or any admin later). The password comes from
 * ADMIN_PASSWORD or is asked for (hidden when the terminal allows it; piped stdin also works).
 * Refuses when the email is taken, unless --reset: then it sets the password, adds the admin role,
 * re-activates the account and signs its sessions out. Every change writes an audit event
 * (actor: none, "via": this script). Needs DATABASE_URL.
 */
import { parseArgs } from "node:util";
import { Pool } from "pg";
import { createPrisma } from "@/lib/db-client";
import { decidePasswordStrength } from "@/lib/domain/password-policy";
import { hashPassword } from "@/lib/password";
import { emailSchema, nameSchema, newPasswordSchema } from "@/lib/schemas/user";
import { requireDatabaseUrl } from "@/lib/database-url";

const USAGE = `Usage: npm run user:create-admin -- --email you@org.example --name "Your Name" [--reset]

  --email   the admin's email address (sign-in name)
  --name    display name (required when creating)
  --reset   the user exists: set a new password, add the admin role, re-activate
Password: set ADMIN_PASSWORD, or type it when asked (at least 12 characters, hard to guess:
          common passwords and ones built from your name or e-mail are refused).`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function firstIssue(result: { success: false; error: { issues: { message: string }[] } }): string {
  return result.error.issues[0]?.message ?? "invalid";
}

/** Reads a line without echoing it (raw mode); falls back to a plain line read when piped. */
async function readPassword(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  }
  process.stdout.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding("utf8");
  return new Promise((resolve) => {
    let value = "";
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stdout.write("\n");
          resolve(value);
          return;
        }
        if (ch === "\u0003") {
          stdin.setRawMode(false);
          process.stdout.write("\n");
          process.exit(130);
        }
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on("data", onData);
  });
}

async function obtainPassword(): Promise<string> {
  const fromEnv = process.env.ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  const password = await readPassword("Password for the admin (hidden): ");
  if (process.stdin.isTTY) {
    const again = await readPassword("Type it again: ");
    if (again !== password) fail("The two passwords differ. Nothing was changed.");
  }
  return password;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      reset: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const email = emailSchema.safeParse(values.email ?? "");
  if (!email.success) fail(`--email: ${firstIssue(email)}\n\n${USAGE}`);
  const parsedName = values.name === undefined ? null : nameSchema.safeParse(values.name);
  if (parsedName && !parsedName.success) fail(`--name: ${firstIssue(parsedName)}`);
  const name = parsedName?.success ? parsedName.data : null;
  if (!values.reset && name === null) fail(`--name is required when creating a user.\n\n${USAGE}`);

  const url = requireDatabaseUrl();
  const pool = new Pool({ connectionString: url, max: 2 });
  const prisma = createPrisma(pool);
  try {
    const existing = await prisma.user.findUnique({
      where: { email: email.data },
      select: { id: true, name: true, roles: true, active: true },
    });
    if (existing && !values.reset) {
      fail(
        `A user with the email ${email.data} already exists. Nothing was changed.\nRe-run with --reset to set a new password and make them an admin.`,
      );
    }
    if (!existing && values.reset)
      fail(`--reset: there is no user with the email ${email.data}. Run without --reset to create one.`);

    const password = newPasswordSchema.safeParse(await obtainPassword());
    if (!password.success) fail(`Password: ${firstIssue(password)} Nothing was changed.`);
    // The same strength rule as the admin pages: the admin's own e-mail and name count as guessable.
    const strength = decidePasswordStrength({
      password: password.data,
      email: email.data,
      name: name ?? existing?.name ?? null,
    });
    if (!strength.ok) fail(`Password: ${strength.reasons.map((r) => r.message).join(" ")} Nothing was changed.`);
    const passwordHash = await hashPassword(password.data);

    if (existing) {
      const roles = existing.roles.includes("admin") ? existing.roles : [...existing.roles, "admin" as const];
      const newName = name ?? existing.name;
      await prisma.$transaction(async (tx) => {
        await tx.user.update({
          where: { id: existing.id },
          data: { passwordHash, roles, active: true, name: newName, sessionVersion: { increment: 1 } },
        });
        await tx.auditEvent.create({
          data: {
            actorId: null,
            action: "user.reset_admin",
            entityType: "user",
            entityId: existing.id,
            before: { roles: existing.roles, active: existing.active, name: existing.name },
            after: { roles, active: true, name: newName, passwordChanged: true, via: "scripts/create-admin" },
          },
        });
      });
      console.log(
        `Updated ${email.data}: new password, roles ${roles.join(", ")}, active; their open sessions were signed out.`,
      );
      return;
    }

    const created = await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: email.data, name: name ?? email.data, passwordHash, roles: ["admin"], disciplines: [] },
        select: { id: true, name: true },
      });
      await tx.auditEvent.create({
        data: {
          actorId: null,
          action: "user.create",
          entityType: "user",
          entityId: user.id,
          after: {
            email: email.data,
            name: user.name,
            roles: ["admin"],
            disciplines: [],
            active: true,
            via: "scripts/create-admin",
          },
        },
      });
      return user;
    });
    console.log(`Created admin ${created.name} <${email.data}> (id ${created.id}). Sign in at /sign-in.`);
  } finally {
    await prisma.$disconnect();
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error("create-admin failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
