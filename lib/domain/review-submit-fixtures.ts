/** Shared by the decideSubmit tests: a valid snapshot per level, the rules' panel table, seat holders. */
import { defaultEthicsTemplate } from "./ethics";
import { defaultLevelDefinitions, levelDefinition, type LevelDefinition } from "./levels";
import type { Seat } from "./panel";
import type { SeatHolder } from "./seat-eligibility";
import type { Requirement } from "./requirements";
import { decideSubmit, type SubmitSnapshot } from "./review-submit";
import { DISCIPLINES, type Discipline } from "./vocabulary";

/** The panel column of the rules' level table, written out independently of levels.ts. */
export const PANEL_TABLE: [number, Discipline[]][] = [
  [0, ["research_lead"]],
  [1, ["research_lead", "researcher"]],
  [2, ["research_lead", "researcher"]],
  [3, ["applied_ai", "software_engineer"]],
  [4, ["applied_ai", "software_engineer", "product_manager"]],
  [5, ["research_lead", "applied_ai", "software_engineer", "product_manager"]],
  [6, ["software_engineer", "product_manager", "applied_ai", "compliance_ethics"]],
  [7, ["infrastructure_engineer", "applied_ai", "qa_engineer"]],
  [
    8,
    ["research_lead", "applied_ai", "software_engineer", "infrastructure_engineer", "qa_engineer", "product_manager"],
  ],
];

const GOOD_REQUIREMENTS: Requirement[] = (["research", "technical", "product"] as const).map((kind) => ({
  id: kind,
  kind,
  statement: `The ${kind} part shall work.`,
  verification: "unit tests",
  validation: "user study",
  status: "validated",
  pFailure: 0.2,
  value: 4,
}));

export const def = (level: number): LevelDefinition => levelDefinition(defaultLevelDefinitions, level)!;

export function fullPanel(level: number): Seat[] {
  return DISCIPLINES.flatMap((d) =>
    Array.from({ length: def(level).seats[d] ?? 0 }, (_, i) => ({
      userId: `${d}-${i}`,
      discipline: d,
      isChair: false,
    })),
  ).map((s, i) => ({ ...s, isChair: i === 0, chairConfirmed: i === 0 }));
}

/** Everyone a test seats, each an active reviewer holding every discipline (eligibility is tested apart). */
export const HOLDERS: SeatHolder[] = [
  ...DISCIPLINES.flatMap((d) => [0, 1].map((i) => `${d}-${i}`)),
  "owner-1",
  "extra",
  "a",
  "x",
].map((userId) => ({ userId, active: true, roles: ["reviewer"], disciplines: [...DISCIPLINES] }));

export function validSnapshot(level: number): SubmitSnapshot {
  return {
    review: { status: "draft", level, componentIds: ["c1"] },
    project: { status: "active", memberUserIds: ["owner-1", "contrib-1"] },
    components: [{ id: "c1", level, status: "active", name: "Detector" }],
    criteria: def(level).criteria.map((c) => ({ key: c.key, state: "done", evidenceUrl: "https://wiki/x" })),
    ethics: {
      templateItems: defaultEthicsTemplate.items,
      answers: defaultEthicsTemplate.items.map((i) => ({ key: i.key, answer: "yes", note: "Discussed with legal." })),
    },
    requirements: GOOD_REQUIREMENTS,
    seats: fullPanel(level),
    seatHolders: HOLDERS,
    definitions: defaultLevelDefinitions,
    cardSectionsFilled: def(level).cardSections,
  };
}

export const codes = (s: SubmitSnapshot) => {
  const d = decideSubmit(s);
  return d.ok ? [] : d.reasons.map((r) => r.code);
};
