import { describe, expect, it } from "vitest";
import { can, type Actor } from "./permissions";
import {
  DEFAULT_DAYS_PER_LEVEL,
  paceOfMedians,
  projectedFinish,
  targetWatch,
  canSetTarget,
  decideTarget,
  metLateDays,
  paceFor,
  projectedDaysToTarget,
  targetDeadline,
  targetStatus,
  targetStatusLabel,
  type TargetInput,
} from "./targets";

const now = new Date("2026-06-01T12:00:00Z");
const daysFromNow = (n: number) => new Date(now.getTime() + n * 86_400_000);
const codes = (d: { ok: boolean; reasons?: { code: string }[] }) => (d.ok ? [] : (d.reasons ?? []).map((r) => r.code));

describe("paceFor", () => {
  it.each<[string, Record<number, number>, number, number]>([
    ["known level", { 3: 40, 4: 100 }, 4, 100],
    ["gap: median of the known levels", { 1: 10, 2: 30, 3: 50 }, 7, 30],
    ["gap with an even count: mean of the middle two", { 1: 10, 2: 30 }, 5, 20],
    ["no data at all", {}, 4, DEFAULT_DAYS_PER_LEVEL],
    ["zero is a real pace", { 4: 0 }, 4, 0],
  ])("%s", (_n, pace, level, expected) => {
    expect(paceFor(pace, level)).toBe(expected);
  });
});

describe("projectedDaysToTarget", () => {
  const pace = { 3: 40, 4: 100, 5: 60 };
  it.each<[string, Partial<TargetInput>, number]>([
    ["already there", { level: 5, targetLevel: 5 }, 0],
    ["fresh at L3 to L5: 40 + 100", { level: 3, levelSince: now, targetLevel: 5 }, 140],
    ["15 days into L3: 25 + 100", { level: 3, levelSince: daysFromNow(-15), targetLevel: 5 }, 125],
    ["overran L3: half a stay (20) still counted", { level: 3, levelSince: daysFromNow(-300), targetLevel: 5 }, 120],
    ["no level yet: from L0 (default-filled gaps)", { level: null, levelSince: null, targetLevel: 2 }, 60 + 60],
    ["no target", { targetLevel: null }, 0],
  ])("%s", (_n, over, expected) => {
    expect(projectedDaysToTarget({ level: 3, levelSince: now, targetLevel: 4, pace, now, ...over })).toBeCloseTo(
      expected,
      6,
    );
  });
});

describe("targetStatus", () => {
  const base: TargetInput = {
    level: 3,
    levelSince: daysFromNow(-10),
    targetLevel: 4,
    targetDate: daysFromNow(60),
    status: "active",
    pace: { 3: 40 },
    now,
  };
  it.each<[string, Partial<TargetInput>, ReturnType<typeof targetStatus>]>([
    ["no target level", { targetLevel: null }, null],
    ["no target date", { targetDate: null }, null],
    ["met: at the target level", { level: 4 }, "met"],
    ["met beats a past date", { level: 5, targetDate: daysFromNow(-30) }, "met"],
    ["missed: the day has passed", { targetDate: daysFromNow(-2) }, "missed"],
    [
      "the target day itself still counts",
      { targetDate: new Date("2026-06-01T00:00:00Z"), pace: { 3: 0 } },
      "on_track",
    ],
    ["on track: 30 days needed, 60 left", {}, "on_track"],
    ["at risk: 30 days needed, 20 left", { targetDate: daysFromNow(20) }, "at_risk"],
    ["paused projects are at risk", { status: "paused" }, "at_risk"],
    ["archived projects are at risk until the date", { status: "archived" }, "at_risk"],
    [
      "stuck at the level: half a stay still needed",
      { levelSince: daysFromNow(-400), targetDate: daysFromNow(10) },
      "at_risk",
    ],
    [
      "no level yet and no pace data",
      { level: null, levelSince: null, targetLevel: 1, pace: {}, targetDate: daysFromNow(400) },
      "on_track",
    ],
  ])("%s", (_n, over, expected) => {
    expect(targetStatus({ ...base, ...over })).toBe(expected);
  });
});

describe("targetDeadline", () => {
  it("is the start of the next UTC day", () => {
    expect(targetDeadline(new Date("2026-03-04T15:30:00Z")).toISOString()).toBe("2026-03-05T00:00:00.000Z");
  });
});

describe("canSetTarget and decideTarget", () => {
  const researcher: Actor = { userId: "r", roles: ["researcher"] };
  const manager: Actor = { userId: "m", roles: ["manager"] };
  const admin: Actor = { userId: "a", roles: ["admin"] };
  it.each<[string, Actor, "owner" | "contributor" | null, string[]]>([
    ["owner", researcher, "owner", []],
    ["manager, not a member", manager, null, []],
    ["admin", admin, null, []],
    ["contributor", researcher, "contributor", ["forbidden"]],
    ["other researcher", researcher, null, ["forbidden"]],
    ["anonymous", null, null, ["not_signed_in"]],
  ])("%s", (_n, actor, role, expected) => {
    expect(codes(canSetTarget(actor, role))).toEqual(expected);
    // The rule lives in the permission table; canSetTarget only names the context.
    expect(canSetTarget(actor, role)).toEqual(can(actor, "set_target", { projectMemberRole: role }));
  });

  const input: Parameters<typeof decideTarget>[0] = {
    actor: manager,
    memberRole: null,
    project: { status: "active", level: 3 },
    change: { targetLevel: 5, targetDate: daysFromNow(90) },
    now,
  };
  it.each<[string, Partial<typeof input>, string[]]>([
    ["a valid target", {}, []],
    ["clearing the target", { change: { targetLevel: null, targetDate: null } }, []],
    ["today is still allowed", { change: { targetLevel: 4, targetDate: new Date("2026-06-01T00:00:00Z") } }, []],
    [
      "a project without a level may aim at L0",
      { project: { status: "active", level: null }, change: { targetLevel: 0, targetDate: daysFromNow(5) } },
      [],
    ],
    ["level without date", { change: { targetLevel: 5, targetDate: null } }, ["target_date_missing"]],
    ["date without level", { change: { targetLevel: null, targetDate: daysFromNow(5) } }, ["target_level_missing"]],
    ["not above the current level", { change: { targetLevel: 3, targetDate: daysFromNow(5) } }, ["target_not_above"]],
    ["not a level", { change: { targetLevel: 12, targetDate: daysFromNow(5) } }, ["level_invalid"]],
    ["a past date", { change: { targetLevel: 5, targetDate: daysFromNow(-1) } }, ["target_date_past"]],
    [
      "archived project, contributor",
      { project: { status: "archived", level: 3 }, actor: researcher, memberRole: "contributor" },
      ["forbidden", "project_archived"],
    ],
  ])("%s", (_n, over, expected) => {
    expect(codes(decideTarget({ ...input, ...over }))).toEqual(expected);
  });
});

describe("metLateDays and the label", () => {
  const target = new Date("2026-03-01T00:00:00Z");
  it.each<[string, string | null, number | null]>([
    ["not reached", null, null],
    ["reached before the day", "2026-02-20T10:00:00Z", null],
    ["reached during the target day", "2026-03-01T23:59:00Z", null],
    ["reached the next morning", "2026-03-02T08:00:00Z", 1],
    ["reached 20 days later", "2026-03-21T12:00:00Z", 20],
  ])("%s", (_, reached, expected) => {
    expect(metLateDays(target, reached ? new Date(reached) : null)).toBe(expected);
  });
  it("says how late a met target was, and nothing else changes", () => {
    expect(targetStatusLabel("met", 20)).toBe("Met late (20 days)");
    expect(targetStatusLabel("met", 1)).toBe("Met late (1 day)");
    expect(targetStatusLabel("met", null)).toBe("Met");
    expect(targetStatusLabel("missed", 20)).toBe("Missed");
  });
});

describe("the target watch", () => {
  it("announces a turn to at risk once, from any other status or a first sight", () => {
    expect(targetWatch(null, "at_risk")).toEqual({ seen: "at_risk", changed: true, announce: true });
    expect(targetWatch("on_track", "at_risk")).toEqual({ seen: "at_risk", changed: true, announce: true });
    expect(targetWatch("at_risk", "at_risk")).toEqual({ seen: "at_risk", changed: false, announce: false });
    expect(targetWatch("at_risk", "on_track")).toEqual({ seen: "on_track", changed: true, announce: false });
    expect(targetWatch("at_risk", "missed")).toEqual({ seen: "missed", changed: true, announce: false });
    expect(targetWatch("on_track", null)).toEqual({ seen: null, changed: true, announce: false });
    expect(targetWatch(null, null)).toEqual({ seen: null, changed: false, announce: false });
  });

  it("projects the finish from the pace, crediting at most half a stay", () => {
    const now = new Date("2026-03-01T00:00:00Z");
    const levelSince = new Date("2026-01-30T00:00:00Z"); // 30 days at level 3
    const finish = projectedFinish({ level: 3, levelSince, targetLevel: 5, pace: { 3: 40, 4: 20 }, now });
    // Level 3: max(40 − 30, 20) = 20 days, then 20 days at level 4.
    expect(finish.toISOString()).toBe("2026-04-10T00:00:00.000Z");
  });

  it("reads the pace of levels 0–8 from the query's medians, to one decimal", () => {
    expect(
      paceOfMedians([
        { level: 0, median: 10.04 },
        { level: 3, median: null },
        { level: 8, median: 2.25 },
        { level: 9, median: 5 },
      ]),
    ).toEqual({ 0: 10, 8: 2.3 });
  });
});
