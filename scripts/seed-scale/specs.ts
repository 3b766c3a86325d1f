/** The tables the scale plan fills, and the in-memory plan: one row buffer per table. */
import { enumListOf, enumOf, RowBuffer, textList, type TableSpec } from "./bulk";
import type { Rng } from "./random";

export const specs = {
  users: {
    table: "users",
    columns: [
      { name: "id", type: "text" },
      { name: "email", type: "text" },
      { name: "name", type: "text" },
      { name: "password_hash", type: "text" },
      { name: "roles", type: "text", expr: enumListOf("Role") },
      { name: "disciplines", type: "text", expr: enumListOf("Discipline") },
      { name: "created_at", type: "timestamptz" },
      { name: "updated_at", type: "timestamptz" },
    ],
  },
  projects: {
    table: "projects",
    columns: [
      { name: "id", type: "text" },
      { name: "slug", type: "text" },
      { name: "name", type: "text" },
      { name: "description", type: "text" },
      { name: "track", type: "text", expr: enumOf("ProjectTrack") },
      { name: "index", type: "int4" },
      { name: "status", type: "text", expr: enumOf("ProjectStatus") },
      { name: "tags", type: "text", expr: textList },
      { name: "system_level", type: "int4" },
      { name: "level_since", type: "timestamptz" },
      { name: "target_level", type: "int4" },
      { name: "target_date", type: "timestamptz" },
      { name: "created_at", type: "timestamptz" },
      { name: "updated_at", type: "timestamptz" },
    ],
  },
  members: {
    table: "project_members",
    columns: [
      { name: "project_id", type: "text" },
      { name: "user_id", type: "text" },
      { name: "role", type: "text", expr: enumOf("MemberRole") },
      { name: "created_at", type: "timestamptz" },
    ],
  },
  components: {
    table: "components",
    columns: [
      { name: "id", type: "text" },
      { name: "project_id", type: "text" },
      { name: "name", type: "text" },
      { name: "kind", type: "text", expr: enumOf("ComponentKind") },
      { name: "status", type: "text", expr: enumOf("ComponentStatus") },
      { name: "level", type: "int4" },
      { name: "level_since", type: "timestamptz" },
      { name: "created_at", type: "timestamptz" },
      { name: "updated_at", type: "timestamptz" },
    ],
  },
  transitions: {
    table: "level_transitions",
    columns: [
      { name: "id", type: "text" },
      { name: "project_id", type: "text" },
      { name: "component_id", type: "text" },
      { name: "from_level", type: "int4" },
      { name: "to_level", type: "int4" },
      { name: "kind", type: "text", expr: enumOf("TransitionKind") },
      { name: "reason", type: "text" },
      { name: "actor_id", type: "text" },
      { name: "created_at", type: "timestamptz" },
    ],
  },
  reviews: {
    table: "reviews",
    columns: [
      { name: "id", type: "text" },
      { name: "project_id", type: "text" },
      { name: "level", type: "int4" },
      { name: "status", type: "text", expr: enumOf("ReviewStatus") },
      { name: "author_id", type: "text" },
      { name: "definitions_version", type: "int4" },
      { name: "pin_round", type: "int4" },
      { name: "due_at", type: "timestamptz" },
      { name: "opened_at", type: "timestamptz" },
      { name: "decided_at", type: "timestamptz" },
      { name: "withdrawn_at", type: "timestamptz" },
      { name: "created_at", type: "timestamptz" },
      { name: "updated_at", type: "timestamptz" },
    ],
  },
  seats: {
    table: "panel_seats",
    columns: [
      { name: "id", type: "text" },
      { name: "review_id", type: "text" },
      { name: "user_id", type: "text" },
      { name: "discipline", type: "text", expr: enumOf("Discipline") },
      { name: "is_chair", type: "bool" },
      { name: "created_at", type: "timestamptz" },
    ],
  },
  decisions: {
    table: "review_decisions",
    columns: [
      { name: "review_id", type: "text" },
      { name: "outcome", type: "text", expr: enumOf("ReviewOutcome") },
      { name: "pin_round", type: "int4" },
      { name: "decided_at", type: "timestamptz" },
    ],
  },
  audit: {
    table: "audit_events",
    columns: [
      { name: "id", type: "text" },
      { name: "actor_id", type: "text" },
      { name: "action", type: "text" },
      { name: "entity_type", type: "text" },
      { name: "entity_id", type: "text" },
      { name: "project_id", type: "text" },
      { name: "after", type: "jsonb" },
      { name: "created_at", type: "timestamptz" },
    ],
  },
} satisfies Record<string, TableSpec>;

export type ScalePlan = {
  users: RowBuffer;
  projects: RowBuffer;
  members: RowBuffer;
  components: RowBuffer;
  transitions: RowBuffer;
  reviews: RowBuffer;
  seats: RowBuffer;
  decisions: RowBuffer;
  audit: RowBuffer;
  /** Votes the SQL step will write (same rule as sql.ts), for the progress line. */
  expectedVotes: number;
};

/** What each step of the plan shares: the random stream, the clock, the buffers and the running numbers. */
export type PlanContext = {
  rng: Rng;
  now: number;
  plan: ScalePlan;
  audit: (
    actor: string | null,
    action: string,
    type: string,
    entity: string,
    project: string | null,
    after: object,
    at: number,
  ) => void;
  counters: { review: number; transition: number };
};

/** One project's system-level timeline: the day (ms) it reached each level and how long it stayed. */
export type ProjectTimeline = {
  n: number;
  pid: string;
  owner: string;
  status: string;
  start: number;
  level: number;
  at: number[];
  stay: number[];
  dwell: number;
};
