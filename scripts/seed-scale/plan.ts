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
import { RowBuffer } from "./bulk";
import { planComponents } from "./components";
import {
  ADJECTIVES,
  DAY,
  FIRST,
  iso,
  LAST,
  MANAGER_ID,
  ADMIN_ID,
  NOUNS,
  pad,
  projectId,
  RESEARCHERS,
  researcherId,
  REVIEWERS,
  reviewerId,
  SCALE_EMAIL_DOMAIN,
  SCALE_MANAGER_EMAIL,
  STALL,
  STAY_MEDIAN,
  TEAMS,
  TOPICS,
} from "./params";
import { createRng, type Rng } from "./random";
import { planReviews } from "./reviews";
import { specs, type PlanContext, type ScalePlan } from "./specs";

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
  const counters = { review: 0, transition: 0 };
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
  const ctx: PlanContext = { rng, now, plan, audit, counters };

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

    const dwell = now - at[level]!;
    const timeline = { n, pid, owner, status, start, level, at, stay, dwell };
    planComponents(ctx, timeline);
    planReviews(ctx, timeline);
  }
  return plan;
}
