/**
 * `npm run db:seed`: writes the reference data and the demo (five worked examples of the MLTRL
 * paper) into DATABASE_URL, then prints the demo sign-ins. Safe to run twice.
 */
import { Pool } from "pg";
import { createPrisma } from "@/lib/db-client";
import { requireDatabaseUrl } from "@/lib/database-url";
import { seedDemo } from "./seed/index";
import { DEMO_PASSWORD } from "./seed/users";

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: requireDatabaseUrl(), max: 2 });
  const db = createPrisma(pool);
  try {
    const { users } = await seedDemo(db, { log: (msg) => console.log(msg) });
    console.log(`\nDemo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    const width = Math.max(...users.map((u) => roleLabel(u).length));
    for (const u of users) console.log(`  ${roleLabel(u).padEnd(width)} — ${u.email}  (${u.name})`);
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}

function roleLabel(u: { roles: string[]; disciplines: string[] }): string {
  const disciplines = u.disciplines.map((d) => d.replace(/_/g, " "));
  return disciplines.length ? `${u.roles.join(", ")} (${disciplines.join(", ")})` : u.roles.join(", ");
}

main().catch((error: unknown) => {
  console.error("Seeding failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
