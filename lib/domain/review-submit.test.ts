import { describe, expect, it } from "vitest";
import { defaultLevelDefinitions } from "./levels";
import { decideSubmit, type SubmitSnapshot } from "./review-submit";
import { codes, def, fullPanel, PANEL_TABLE, validSnapshot } from "./review-submit-fixtures";
import { DISCIPLINE_LABELS } from "./vocabulary";

describe("panel seats per level (rules table)", () => {
  it.each(PANEL_TABLE)("level %i defaults require exactly %j", (level, disciplines) => {
    expect(def(level).seats).toEqual(Object.fromEntries(disciplines.map((d) => [d, 1])));
  });

  it.each(PANEL_TABLE)("level %i: the full panel passes", (level) => {
    expect(decideSubmit(validSnapshot(level))).toEqual({
      ok: true,
      value: { status: "open", notifyUserIds: fullPanel(level).map((s) => s.userId) },
    });
  });

  const missing = PANEL_TABLE.flatMap(([level, ds]) => ds.map((d) => [level, d] as const));
  it.each(missing)("level %i: a panel without %s is refused, naming it", (level, discipline) => {
    const seats = validSnapshot(level).seats.filter((s) => s.discipline !== discipline);
    if (!seats.some((s) => s.isChair))
      seats.push({ userId: "extra", discipline: "domain_expert", isChair: true, chairConfirmed: true });
    const d = decideSubmit({ ...validSnapshot(level), seats });
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.reasons).toHaveLength(1);
    expect(d.reasons[0]).toMatchObject({ code: "panel_missing_discipline", field: `seats.${discipline}` });
    expect(d.reasons[0]!.message).toContain(DISCIPLINE_LABELS[discipline]);
    expect(d.reasons[0]!.message).toContain(`level ${level}`);
  });

  it("words the message precisely", () => {
    const s = validSnapshot(3);
    const d = decideSubmit({ ...s, seats: [{ userId: "a", discipline: "applied_ai", isChair: true }] });
    expect(d.ok ? [] : d.reasons.map((r) => r.message)).toEqual([
      "The panel has no seat for a software engineer, which level 3 requires.",
    ]);
  });

  it("counts seats when an edited definition requires two of a discipline", () => {
    const defs = structuredClone(defaultLevelDefinitions);
    defs.levels[1]!.seats = { research_lead: 1, researcher: 2 };
    const d = decideSubmit({ ...validSnapshot(1), definitions: defs });
    expect(d.ok ? [] : d.reasons.map((r) => r.message)).toEqual([
      "The panel has 1 researcher seat; level 1 requires 2.",
    ]);
  });

  it("accepts extra seats beyond the required ones", () => {
    const s = validSnapshot(0);
    expect(
      decideSubmit({ ...s, seats: [...s.seats, { userId: "x", discipline: "executive", isChair: false }] }).ok,
    ).toBe(true);
  });
});

describe("decideSubmit refusals", () => {
  const base = validSnapshot(3);
  const cases: [string, (s: SubmitSnapshot) => SubmitSnapshot, string[]][] = [
    ["not a draft", (s) => ({ ...s, review: { ...s.review, status: "open" } }), ["review_not_draft"]],
    ["project paused", (s) => ({ ...s, project: { ...s.project, status: "paused" } }), ["project_paused"]],
    ["project archived", (s) => ({ ...s, project: { ...s.project, status: "archived" } }), ["project_archived"]],
    ["no components", (s) => ({ ...s, review: { ...s.review, componentIds: [] } }), ["no_components"]],
    [
      "unknown component",
      (s) => ({ ...s, review: { ...s.review, componentIds: ["c1", "zz"] } }),
      ["component_unknown"],
    ],
    [
      "component listed twice",
      (s) => ({ ...s, review: { ...s.review, componentIds: ["c1", "c1"] } }),
      ["component_listed_twice"],
    ],
    [
      "component at another level",
      (s) => ({ ...s, components: [{ id: "c1", level: 2, status: "active" }] }),
      ["component_wrong_level"],
    ],
    [
      "component archived",
      (s) => ({ ...s, components: [{ id: "c1", level: 3, status: "archived" }] }),
      ["component_archived"],
    ],
    [
      "criterion pending",
      (s) => ({ ...s, criteria: s.criteria.map((c, i) => (i === 0 ? { ...c, state: "pending" } : c)) }),
      ["criterion_not_addressed"],
    ],
    ["criterion missing", (s) => ({ ...s, criteria: s.criteria.slice(1) }), ["criterion_not_addressed"]],
    [
      "done without evidence",
      (s) => ({ ...s, criteria: s.criteria.map((c, i) => (i === 0 ? { key: c.key, state: "done", note: "  " } : c)) }),
      ["criterion_evidence_missing"],
    ],
    [
      "N/A without reason",
      (s) => ({ ...s, criteria: s.criteria.map((c, i) => (i === 0 ? { key: c.key, state: "not_applicable" } : c)) }),
      ["criterion_na_reason_missing"],
    ],
    [
      "unknown criterion",
      (s) => ({ ...s, criteria: [...s.criteria, { key: "made_up", state: "done", note: "x" }] }),
      ["criterion_unknown"],
    ],
    ["duplicate criterion", (s) => ({ ...s, criteria: [...s.criteria, s.criteria[0]!] }), ["criterion_duplicate"]],
    [
      "ethics item unanswered",
      (s) => ({ ...s, ethics: { ...s.ethics, answers: s.ethics.answers.slice(1) } }),
      ["ethics_unanswered"],
    ],
    [
      "ethics answer without note",
      (s) => ({
        ...s,
        ethics: { ...s.ethics, answers: s.ethics.answers.map((a, i) => (i === 0 ? { key: a.key, answer: "no" } : a)) },
      }),
      ["ethics_note_missing"],
    ],
    [
      "ethics unknown item",
      (s) => ({
        ...s,
        ethics: { ...s.ethics, answers: [...s.ethics.answers, { key: "other", answer: "yes", note: "n" }] },
      }),
      ["ethics_unknown_item"],
    ],
    [
      "ethics answered twice",
      (s) => ({ ...s, ethics: { ...s.ethics, answers: [...s.ethics.answers, s.ethics.answers[0]!] } }),
      ["ethics_answer_duplicate"],
    ],
    [
      "conflict of interest",
      (s) => ({ ...s, seats: [...s.seats, { userId: "owner-1", discipline: "domain_expert", isChair: false }] }),
      ["panel_conflict_of_interest"],
    ],
    ["no chair", (s) => ({ ...s, seats: s.seats.map((x) => ({ ...x, isChair: false })) }), ["panel_chair_count"]],
    ["two chairs", (s) => ({ ...s, seats: s.seats.map((x) => ({ ...x, isChair: true })) }), ["panel_chair_count"]],
    [
      "user seated twice",
      (s) => ({ ...s, seats: [...s.seats, { ...s.seats[0]!, discipline: "executive", isChair: false }] }),
      ["panel_user_seated_twice"],
    ],
    [
      "card section empty",
      (s) => ({ ...s, cardSectionsFilled: s.cardSectionsFilled.filter((x) => x !== "testing_status") }),
      ["card_section_empty"],
    ],
    [
      "level 9",
      (s) => ({ ...s, review: { ...s.review, level: 9 }, components: [{ id: "c1", level: 9, status: "active" }] }),
      ["level_not_reviewable"],
    ],
    [
      "level -1",
      (s) => ({ ...s, review: { ...s.review, level: -1 }, components: [{ id: "c1", level: -1, status: "active" }] }),
      ["level_invalid"],
    ],
  ];
  it.each(cases)("%s", (_name, mutate, expected) => {
    expect(codes(mutate(base))).toEqual(expected);
  });

  it("messages for chair counts 0 and 2", () => {
    const none = decideSubmit({ ...base, seats: base.seats.map((x) => ({ ...x, isChair: false })) });
    const two = decideSubmit({ ...base, seats: base.seats.map((x) => ({ ...x, isChair: true })) });
    expect(none.ok ? "" : none.reasons[0]!.message).toBe("The panel has no chair; exactly one seat must be the chair.");
    expect(two.ok ? "" : two.reasons[0]!.message).toBe("The panel has 2 chairs; exactly one seat must be the chair.");
  });

  it("names the conflicted member", () => {
    const d = decideSubmit({
      ...base,
      seats: [...base.seats, { userId: "owner-1", name: "Ada", discipline: "executive", isChair: false }],
    });
    expect(d.ok ? "" : d.reasons[0]!.message).toBe(
      "Ada is an owner or contributor of this project and cannot sit on its panel.",
    );
  });

  it("reports every problem at once, not the first only", () => {
    const d = decideSubmit({
      ...base,
      review: { ...base.review, status: "open" },
      project: { ...base.project, status: "paused" },
      criteria: [],
      seats: [],
      cardSectionsFilled: [],
    });
    const got = d.ok ? [] : d.reasons.map((r) => r.code);
    expect(new Set(got)).toEqual(
      new Set([
        "review_not_draft",
        "project_paused",
        "criterion_not_addressed",
        "panel_missing_discipline",
        "panel_chair_count",
        "card_section_empty",
      ]),
    );
    expect(got.filter((c) => c === "criterion_not_addressed")).toHaveLength(def(3).criteria.length);
  });

  it("applies the requirement rules of the level (L2)", () => {
    expect(codes({ ...validSnapshot(2), requirements: [] })).toEqual(["l2_no_research_requirement"]);
  });

  it("refuses a level missing from an edited definition set", () => {
    const defs = { ...defaultLevelDefinitions, levels: defaultLevelDefinitions.levels.filter((l) => l.level !== 3) };
    expect(codes({ ...base, definitions: defs })).toEqual(["level_undefined"]);
  });
});
