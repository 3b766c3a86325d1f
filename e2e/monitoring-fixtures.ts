import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { people, type Person } from "./review-data";

/**
 * The level-8 review that deployed a fixture project's components (graduated them 8 → 9), chaired
 * by `chair`: written straight to the e2e database, as no command may create a past decision.
 */
export async function graduatedToNine(opts: {
  projectId: string;
  componentIds: string[];
  owner: Person;
  chair: Person;
}): Promise<string> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the specs through `npm test -- --only e2e`.");
  if (!["localhost", "127.0.0.1", "::1"].includes(new URL(url).hostname))
    throw new Error("Refusing to write fixtures to a non-local database.");
  const db = new Client({ connectionString: url });
  await db.connect();
  const id = () => `e2e${randomBytes(12).toString("hex")}`;
  try {
    const users = await db.query<{ id: string; email: string }>("SELECT id, email FROM users WHERE email = ANY($1)", [
      [people[opts.owner], people[opts.chair]],
    ]);
    const userId = (p: Person) => users.rows.find((u) => u.email === people[p])!.id;
    const reviewId = id();
    await db.query("BEGIN");
    await db.query(
      `INSERT INTO reviews (id, project_id, level, status, author_id, definitions_version, opened_at, decided_at, updated_at)
       VALUES ($1, $2, 8, 'graduated', $3, (SELECT max(version) FROM level_definition_sets), now() - interval '40 days', now() - interval '30 days', now())`,
      [reviewId, opts.projectId, userId(opts.owner)],
    );
    await db.query(
      "INSERT INTO panel_seats (id, review_id, user_id, discipline, is_chair, chair_confirmed_at) VALUES ($1, $2, $3, 'research_lead', true, now())",
      [id(), reviewId, userId(opts.chair)],
    );
    for (const componentId of opts.componentIds) {
      await db.query(
        "INSERT INTO review_components (review_id, component_id, level_at_open, code_version, model_version, data_version) VALUES ($1, $2, 8, '1.0.0', '1.0.0', '1.0.0')",
        [reviewId, componentId],
      );
      await db.query(
        "INSERT INTO level_transitions (id, project_id, component_id, from_level, to_level, kind, reason, review_id, created_at) VALUES ($1, $2, $3, 8, 9, 'graduation', 'Go for deployment', $4, now() - interval '30 days')",
        [id(), opts.projectId, componentId, reviewId],
      );
    }
    await db.query("COMMIT");
    return reviewId;
  } finally {
    await db.end();
  }
}
