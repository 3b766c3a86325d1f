/**
 * The scale portfolio, generated in memory (everything but requirements, votes and their audit
 * events, which scripts/seed-scale/sql.ts expands in SQL). Each project gets a system-level
 * timeline first — the day it reached each level — and its components, transitions and reviews
 * are laid on that timeline, so the rules hold where they are cheap to keep:
 * - a component's levels change by start, one-level graduations, or switchbacks down (embedded
 *   only 4 → 2); its stored level and level_since are its last transition's;
 * - the system level is the lowest active component level, and level_since the day the slowest
 *   component reached it;
 * - panels seat reviewers who are never project members, one chair each; decided reviews have
 *   one decision; open reviews keep at least one seat without a vote in the current round.
 * Not kept (not needed by the dashboard): review ↔ component links and card revisions.
 */
import { DISCIPLINES } from "@/lib/domain/vocabulary";
import { enumListOf, enumOf, RowBuffer, textList, type TableSpec } from "./bulk";
import { createRng, type Rng } from "./random";

const DAY = 86_400_000;

export const SCALE_EMAIL_DOMAIN = "scale.mltrl.dev";
export const SCALE_MANAGER_EMAIL = `manager@${SCALE_EMAIL_DOMAIN}`;
export const RESEARCHERS = 400;
export const REVIEWERS = 200;

/** Median days the system spends at each level before graduating (L4, the continuation decision, is slow). */
const STAY_MEDIAN = [40, 45, 60, 75, 150, 100, 90, 80, 70];
/**
 * Chance that a project stalls for good at a level: the "valley of death" after L4 shows as a
 * pile-up of stuck projects at L4 and few projects at L5–L6.
 */
const STALL = [0.06, 0.06, 0.08, 0.1, 0.25, 0.1, 0.08, 0.06, 0.06];
/** Panel size by review level (more disciplines later in the lifecycle). */
const SEATS_BY_LEVEL = [6, 6, 6, 8, 8, 8, 10, 10, 10];
/** Pin rounds 0..4: most reviews are re-pinned once or twice. */
const PIN_ROUND_WEIGHTS = [12, 26, 28, 21, 13];

const KINDS = ["model", "algorithm", "data_pipeline", "dataset", "software_module", "other"] as const;
const TEAMS = ["team-vision", "team-language", "team-forecasting", "team-health", "team-robotics", "team-platform"];
const TOPICS = [
  "vision",
  "nlp",
  "time-series",
  "healthcare",
  "causal-inference",
  "recommendation",
  "speech",
  "anomaly-detection",
  "edge",
  "synthetic-data",
  "privacy",
  "open-source",
];
const ADJECTIVES = [
  "Adaptive",
  "Bayesian",
  "Causal",
  "Robust",
  "Federated",
  "Sparse",
  "Streaming",
  "Neural",
  "Probabilistic",
  "Active",
  "Contrastive",
  "Graph",
  "Hybrid",
  "Interpretable",
  "Self-supervised",
  "Multimodal",
  "Low-latency",
  "Calibrated",
  "Fair",
  "Edge",
];
const NOUNS = [
  "triage",
  "forecaster",
  "detector",
  "segmenter",
  "ranker",
  "copilot",
  "simulator",
  "classifier",
  "planner",
  "monitor",
  "translator",
  "recommender",
  "estimator",
  "tracker",
  "summariser",
  "screening",
  "anomaly finder",
  "scheduler",
  "diagnoser",
  "search",
];
const FIRST = [
  "Ada",
  "Ben",
  "Chloé",
  "Dev",
  "Elif",
  "Femi",
  "Gao",
  "Hana",
  "Ivan",
  "Jade",
  "Kai",
  "Lior",
  "Maya",
  "Nils",
  "Omar",
  "Pia",
  "Quinn",
  "Rosa",
  "Sami",
  "Tara",
];
const LAST = [
  "Abe",
  "Brun",
  "Costa",
  "Dahl",
  "Eze",
  "Fox",
  "Gill",
  "Holm",
  "Ito",
  "Jain",
  "Kerr",
  "Lund",
  "Moss",
  "Nava",
  "Ortiz",
  "Park",
  "Quist",
  "Rao",
  "Silva",
  "Tan",
];

const pad = (n: number, width: number) => String(n).padStart(width, "0");
export const projectId = (n: number) => `sp${pad(n, 6)}`;
export const reviewId = (n: number) => `sr${pad(n, 7)}`;
export const researcherId = (i: number) => `su_r${pad(i, 4)}`;
export const reviewerId = (i: number) => `su_v${pad(i, 4)}`;
export const MANAGER_ID = "su_manager";
export const ADMIN_ID = "su_admin";

const iso = (ms: number) => new Date(Math.round(ms)).toISOString();

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

type ReviewPlan = {
  level: number;
  status: "draft" | "open" | "graduated" | "returned" | "withdrawn";
  created: number;
  opened: number | null;
  closed: number | null;
  due: number | null;
};

/**
 * Seats vote in every round of a decided review; in the current round of an open or withdrawn
 * review, seat k votes unless (k + review number) % 3 === 0 — so at least one seat of every panel
 * (6+ seats) is still missing and the review stays undecided. sql.ts uses the same rule.
 */
export function votesOfReview(
  status: ReviewPlan["status"],
  seats: number,
  pinRound: number,
  reviewNumber: number,
): number {
  if (status === "draft") return 0;
  const full = status === "graduated" || status === "returned";
  let missing = 0;
  if (!full) for (let k = 0; k < seats; k++) if ((k + reviewNumber) % 3 === 0) missing++;
  return seats * (pinRound + 1) - missing;
}

function personName(i: number): string {
  return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
}

function makeUsers(buf: RowBuffer, passwordHash: string | null, at: string): void {
  buf.push([MANAGER_ID, SCALE_MANAGER_EMAIL, "Scale Manager", passwordHash, "manager,reviewer", "executive", at, at]);
  buf.push([ADMIN_ID, `admin@${SCALE_EMAIL_DOMAIN}`, "Scale Admin", passwordHash, "admin", "", at, at]);
  for (let i = 0; i < RESEARCHERS; i++) {
    const disc = i % 3 === 0 ? "research_lead,researcher" : i % 3 === 1 ? "researcher" : "applied_ai,software_engineer";
    buf.push([
      researcherId(i),
      `researcher${i}@${SCALE_EMAIL_DOMAIN}`,
      `${personName(i)} (R${i})`,
      null,
      "researcher",
      disc,
      at,
      at,
    ]);
  }
  for (let i = 0; i < REVIEWERS; i++) {
    const discipline = DISCIPLINES[i % DISCIPLINES.length]!;
    buf.push([
      reviewerId(i),
      `reviewer${i}@${SCALE_EMAIL_DOMAIN}`,
      `${personName(i + 7)} (V${i})`,
      null,
      "reviewer",
      discipline,
      at,
      at,
    ]);
  }
}

/**
 * Runs a project forward from its creation: it climbs one level per stay until it stalls, reaches
 * L9, or the next graduation would lie in the future. Returns the day (ms) it reached each level.
 */
function simulate(
  rng: Rng,
  start: number,
  created: number,
  now: number,
): { level: number; at: number[]; stay: number[]; stalled: boolean } {
  const at: number[] = [];
  const stay: number[] = [];
  let level = start;
  at[start] = created + rng.int(1, 10) * DAY;
  let stalled = false;
  while (level < 9) {
    if (rng.chance(STALL[level]!)) {
      stalled = true;
      break;
    }
    const days = Math.max(3, Math.min(500, rng.lognormal(STAY_MEDIAN[level]!, 0.6)));
    if (at[level]! + days * DAY > now) break;
    stay[level] = days * DAY;
    at[level + 1] = at[level]! + days * DAY;
    level++;
  }
  return { level, at, stay, stalled };
}

export function buildPlan(opts: { projects: number; now: Date; seed: number; passwordHash: string | null }): ScalePlan {
  const rng = createRng(opts.seed);
  const now = opts.now.getTime();
  const plan: ScalePlan = {
    users: new RowBuffer(specs.users),
    projects: new RowBuffer(specs.projects),
    members: new RowBuffer(specs.members),
    components: new RowBuffer(specs.components),
    transitions: new RowBuffer(specs.transitions),
    reviews: new RowBuffer(specs.reviews),
    seats: new RowBuffer(specs.seats),
    decisions: new RowBuffer(specs.decisions),
    audit: new RowBuffer(specs.audit),
    expectedVotes: 0,
  };
  makeUsers(plan.users, opts.passwordHash, iso(now - 1000 * DAY));
  let reviewNumber = 0;
  let transitionNumber = 0;
  const audit = (
    actor: string | null,
    action: string,
    type: string,
    entity: string,
    project: string | null,
    after: object,
    at: number,
  ) =>
    plan.audit.push([
      `sa${pad(plan.audit.length, 8)}`,
      actor,
      action,
      type,
      entity,
      project,
      JSON.stringify(after),
      iso(at),
    ]);

  for (let n = 1; n <= opts.projects; n++) {
    const pid = projectId(n);
    const track = rng.chance(0.7) ? "research" : "product";
    const start = track === "research" ? 0 : rng.weighted([60, 0, 30, 10]);
    const created = now - rng.int(15, 1100) * DAY;
    const { level, at, stay, stalled } = simulate(rng, start, created, now);
    const r = rng.next();
    const status = stalled
      ? r < 0.5
        ? "active"
        : r < 0.7
          ? "paused"
          : "archived"
      : r < 0.93
        ? "active"
        : r < 0.98
          ? "paused"
          : "archived";
    const owner = researcherId(n % RESEARCHERS);
    const contributors = [
      researcherId((n + 1 + (n % 50)) % RESEARCHERS),
      researcherId((n + 100 + (n % 50)) % RESEARCHERS),
    ];
    const tags = [TEAMS[n % TEAMS.length]!, ...new Set(Array.from({ length: rng.int(0, 2) }, () => rng.pick(TOPICS)))];

    let targetLevel: number | null = null;
    let targetDate: number | null = null;
    if (status !== "archived" && level < 9 && rng.chance(0.4)) {
      targetLevel = Math.min(9, level + rng.weighted([0, 70, 30]));
      targetDate = now + rng.int(-60, 300) * DAY;
    } else if (level > 0 && rng.chance(0.05)) {
      targetLevel = level; // set earlier and met since
      targetDate = now + rng.int(-90, 120) * DAY;
    }
    const name = `${ADJECTIVES[n % ADJECTIVES.length]} ${NOUNS[Math.floor(n / ADJECTIVES.length) % NOUNS.length]} ${n}`;
    plan.projects.push([
      pid,
      `scale-${n}`,
      name,
      `Scale-test project ${n} (${track} track).`,
      track,
      1000 + n,
      status,
      tags.join(","),
      level,
      iso(at[level]!),
      targetLevel,
      targetDate === null ? null : iso(targetDate),
      iso(created),
      iso(Math.max(at[level]!, created)),
    ]);
    plan.members.push([pid, owner, "owner", iso(created)]);
    for (const c of contributors) plan.members.push([pid, c, "contributor", iso(created + DAY)]);
    audit(owner, "project.create", "project", pid, pid, { slug: `scale-${n}`, track, tags }, created);

    // Components: #0 sets the system level; the others are at it or above. Some projects have a
    // switchback that is not recovered yet: #0 climbed one level and was sent back (while #1 held
    // the system level, so level_since stands).
    const dwell = now - at[level]!;
    const openSwitchback = status === "active" && level >= 1 && level <= 8 && rng.chance(0.12);
    for (let c = 0; c < 10; c++) {
      const cid = `${pid}c${c}`;
      const kind = KINDS[(c + n) % KINDS.length]!;
      const compLevel =
        c === 0 || level === 9 || (c === 1 && openSwitchback) || rng.chance(0.5) ? level : rng.int(level + 1, 9);
      const archived = c > 0 && !(c === 1 && openSwitchback) && rng.chance(0.05);
      const arrive = (l: number) => at[l]! - (l > start ? c * 0.04 * stay[l - 1]! : 0);
      const events: { from: number | null; to: number; kind: string; at: number; reason: string }[] = [];
      const started = at[start]! + c * 0.01 * (stay[start] ?? 10 * DAY);
      events.push({ from: null, to: start, kind: "start", at: started, reason: "" });
      const switchAt = level - start >= 2 && rng.chance(0.18) ? rng.int(start + 1, level - 1) : -1;
      for (let l = start + 1; l <= Math.min(compLevel, level); l++) {
        events.push({ from: l - 1, to: l, kind: "graduation", at: arrive(l), reason: "" });
        if (l !== switchAt) continue;
        // A switchback during the stay at l, then the climb back before the system moves on.
        const drop = Math.max(start, l - (rng.chance(0.3) ? 2 : 1));
        const sbKind =
          l === 4 && drop === 2 && rng.chance(0.5) ? "embedded" : rng.chance(0.55) ? "review" : "discovery";
        const t0 = arrive(l) + 0.35 * stay[l]!;
        const t1 = arrive(l + 1) - 0.02 * stay[l]!; // before the next graduation of this component
        events.push({
          from: l,
          to: drop,
          kind: sbKind,
          at: t0,
          reason: `${sbKind} switchback: evidence did not hold at level ${l}.`,
        });
        for (let k = drop + 1; k <= l; k++) {
          events.push({
            from: k - 1,
            to: k,
            kind: "graduation",
            at: t0 + ((t1 - t0) * (k - drop)) / (l - drop + 1),
            reason: "",
          });
        }
      }
      if (c === 0 && openSwitchback) {
        const sbKind = rng.chance(0.6) ? "review" : "discovery";
        events.push({ from: level, to: level + 1, kind: "graduation", at: at[level]! + 0.3 * dwell, reason: "" });
        events.push({
          from: level + 1,
          to: level,
          kind: sbKind,
          at: at[level]! + 0.6 * dwell,
          reason: `${sbKind} switchback: level ${level + 1} did not hold up.`,
        });
      }
      for (let l = level + 1; l <= compLevel; l++) {
        events.push({
          from: l - 1,
          to: l,
          kind: "graduation",
          at: at[level]! + ((now - at[level]!) * (l - level)) / (compLevel - level + 1),
          reason: "",
        });
      }
      const last = events[events.length - 1]!;
      plan.components.push([
        cid,
        pid,
        `${kind.replace(/_/g, "-")}-${c + 1}`,
        kind,
        archived ? "archived" : "active",
        compLevel,
        iso(last.at),
        iso(started),
        iso(last.at),
      ]);
      for (const e of events) {
        plan.transitions.push([
          `st${pad(transitionNumber++, 8)}`,
          pid,
          cid,
          e.from,
          e.to,
          e.kind,
          e.reason,
          owner,
          iso(e.at),
        ]);
        if (e.kind === "start") audit(owner, "component.create", "component", cid, pid, { level: e.to, kind }, e.at);
        else if (e.kind !== "graduation")
          audit(owner, `component.switchback_${e.kind}`, "component", cid, pid, { from: e.from, to: e.to }, e.at);
      }
    }

    // Five reviews per project, the most recent ones of its history.
    const reviews: ReviewPlan[] = [];
    const maxReviewLevel = Math.min(level, 8);
    if (status === "active" && level <= 8 && rng.chance(0.22)) {
      const opened = now - rng.int(1, 50) * DAY;
      reviews.push({ level, status: "open", created: opened - 2 * DAY, opened, closed: null, due: opened + 14 * DAY });
    }
    if (level <= 8 && dwell > 60 * DAY && rng.chance(0.4)) {
      const decided = at[level]! + 0.5 * dwell;
      reviews.push({
        level,
        status: "returned",
        created: decided - 20 * DAY,
        opened: decided - 18 * DAY,
        closed: decided,
        due: decided - 4 * DAY,
      });
    }
    const history: ReviewPlan[] = [];
    for (let l = level - 1; l >= start; l--) {
      const decided = at[l + 1]! - 0.01 * stay[l]!;
      const opened = decided - 0.25 * stay[l]!;
      history.push({
        level: l,
        status: "graduated",
        created: opened - 2 * DAY,
        opened,
        closed: decided,
        due: opened + 21 * DAY,
      });
      if (rng.chance(l === 4 ? 0.55 : 0.3)) {
        const rd = at[l]! + 0.45 * stay[l]!;
        history.push({
          level: l,
          status: "returned",
          created: rd - 0.2 * stay[l]! - 2 * DAY,
          opened: rd - 0.2 * stay[l]!,
          closed: rd,
          due: rd + 5 * DAY,
        });
      }
    }
    history.sort((a, b) => b.closed! - a.closed!);
    reviews.push(...history.slice(0, Math.max(0, 5 - reviews.length)));
    while (reviews.length < 5) {
      const l = rng.int(start, maxReviewLevel);
      const from = at[l]!;
      const to = l < level ? at[l + 1]! : now;
      const t = from + rng.next() * (to - from);
      if (
        status === "active" &&
        !reviews.some((x) => x.status === "open" || x.status === "draft") &&
        l === level &&
        level <= 8
      ) {
        reviews.push({ level, status: "draft", created: t, opened: null, closed: null, due: null });
      } else if (rng.chance(0.15)) {
        reviews.push({
          level: l,
          status: "withdrawn",
          created: t - 3 * DAY,
          opened: t - 2 * DAY,
          closed: t,
          due: t + 12 * DAY,
        });
      } else {
        reviews.push({
          level: l,
          status: "returned",
          created: t - 12 * DAY,
          opened: t - 10 * DAY,
          closed: t,
          due: t + 4 * DAY,
        });
      }
    }

    for (const rv of reviews) {
      const rid = reviewId(++reviewNumber);
      const pinRound = rv.status === "draft" ? 0 : rng.weighted(PIN_ROUND_WEIGHTS);
      const seats = SEATS_BY_LEVEL[rv.level]!;
      plan.reviews.push([
        rid,
        pid,
        rv.level,
        rv.status,
        owner,
        1,
        pinRound,
        rv.due === null ? null : iso(rv.due),
        rv.opened === null ? null : iso(rv.opened),
        rv.status === "graduated" || rv.status === "returned" ? iso(rv.closed!) : null,
        rv.status === "withdrawn" ? iso(rv.closed!) : null,
        iso(rv.created),
        iso(rv.closed ?? rv.opened ?? rv.created),
      ]);
      audit(owner, "review.draft", "review", rid, pid, { level: rv.level }, rv.created);
      if (rv.opened === null) continue;
      audit(
        owner,
        "review.open",
        "review",
        rid,
        pid,
        { level: rv.level, dueAt: rv.due === null ? null : iso(rv.due) },
        rv.opened,
      );
      const base = (n * 7 + reviewNumber) % REVIEWERS;
      for (let k = 0; k < seats; k++) {
        const v = (base + k * 37) % REVIEWERS;
        plan.seats.push([
          `ss${rid.slice(2)}_${k}`,
          rid,
          reviewerId(v),
          DISCIPLINES[v % DISCIPLINES.length]!,
          k === 0,
          iso(rv.created),
        ]);
      }
      plan.expectedVotes += votesOfReview(rv.status, seats, pinRound, reviewNumber);
      if (rv.status === "graduated" || rv.status === "returned") {
        plan.decisions.push([rid, rv.status, pinRound, iso(rv.closed!)]);
        audit(null, `review.${rv.status}`, "review", rid, pid, { outcome: rv.status, pinRound }, rv.closed!);
      } else if (rv.status === "withdrawn") {
        audit(owner, "review.withdraw", "review", rid, pid, { reason: "Superseded by a new draft." }, rv.closed!);
      }
    }
  }
  return plan;
}
