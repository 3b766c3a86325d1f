import { Pool } from "pg";
import { scaleManager, type SessionUser } from "../bench/session";

/** The scale manager (the same user bench.ts signs in as) and the database's size. */
export async function findManager(
  databaseUrl: string,
): Promise<{ user: SessionUser; projects: number; postgres: string }> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const user = await scaleManager(pool);
    const projects = (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM projects")).rows[0]!.n;
    const postgres = (await pool.query<{ v: string }>("SELECT version() AS v")).rows[0]!.v;
    return { user, projects, postgres };
  } finally {
    await pool.end();
  }
}
