import { reason, refuse } from "@/lib/domain/decision";
import type { Seat } from "@/lib/domain/panel";
import type { Actor } from "@/lib/domain/permissions";
import type { Requirement } from "@/lib/domain/requirements";
import { isLive } from "@/lib/domain/review-state";
import type { VersionKind, Versions } from "@/lib/domain/switchbacks";
import type { Transition } from "@/lib/domain/transitions";
import type { ComponentStatus, MemberRole, ProjectStatus, ReviewStatus, VoteChoice } from "@/lib/domain/vocabulary";
import { componentPin, pinsEqual, type Outcome, type Pin, type Vote } from "@/lib/domain/votes";

/** The simulation's state, its actions and the helpers its steps share (see domain-simulation.ts). */
export type SimComponent = { id: string; level: number; status: ComponentStatus; versions: Versions };
export type SimReview = {
  id: string;
  authorId: string;
  status: ReviewStatus;
  level: number;
  componentIds: string[];
  seats: Seat[];
  votes: Vote[];
  pin: Pin;
  /** Counts the pin's changes, as the data layer does; a voter names the round they loaded. */
  pinRound: number;
};
export type SimDecision = { reviewId: string; outcome: Outcome; counted: Vote[]; pin: Pin; seats: number };
export type AuditEntry = { seq: number; actorId: string; action: SimAction["type"] };
export type SimState = {
  projectStatus: ProjectStatus;
  members: { userId: string; role: MemberRole }[];
  users: NonNullable<Actor>[];
  components: SimComponent[];
  reviews: SimReview[];
  transitions: Transition[];
  cardRevision: number;
  decisions: SimDecision[];
  audit: AuditEntry[];
};

export type SimAction =
  | { type: "add_component"; actorId: string; level: number }
  | { type: "open_draft"; actorId: string; componentIndexes: number[] }
  | { type: "submit"; actorId: string; reviewIndex: number; fullPanel: boolean; chairs: number }
  | { type: "vote"; actorId: string; reviewIndex: number; choice: VoteChoice; stalePin: boolean }
  | { type: "edit_card"; actorId: string }
  | { type: "bump_version"; actorId: string; componentIndex: number; kind: VersionKind }
  | { type: "discovery"; actorId: string; componentIndex: number; toLevel: number }
  | { type: "embedded"; actorId: string; componentIndex: number; toLevel: number }
  | { type: "withdraw"; actorId: string; reviewIndex: number }
  | { type: "archive_component"; actorId: string; componentIndex: number }
  | { type: "set_project_status"; actorId: string; status: "active" | "paused" };

export function initialState(): SimState {
  return {
    projectStatus: "active",
    members: [
      { userId: "u1", role: "owner" },
      { userId: "u2", role: "contributor" },
    ],
    users: [
      { userId: "u1", roles: ["researcher"] },
      { userId: "u2", roles: ["researcher"] },
      ...["u3", "u4", "u5", "u6", "u7", "u8"].map((userId) => ({ userId, roles: ["reviewer" as const] })),
      { userId: "u9", roles: ["admin", "manager"] },
    ],
    components: [],
    reviews: [],
    transitions: [],
    cardRevision: 1,
    decisions: [],
    audit: [],
  };
}

export const pick = <T>(xs: readonly T[], i: number): T | undefined =>
  xs.length === 0 ? undefined : xs[i % xs.length];
/** Reviews are addressed from the newest (0) backwards, so random actions hit live reviews. */
export const pickReview = (s: SimState, i: number) => pick([...s.reviews].reverse(), i);
export const no = (message: string) => refuse<SimState>([reason("sim", message)]);
export const memberRole = (s: SimState, id: string) => s.members.find((m) => m.userId === id)?.role ?? null;
export const actorOf = (s: SimState, id: string): Actor => s.users.find((u) => u.userId === id) ?? null;
export const pinOf = (s: SimState, ids: readonly string[]): Pin => ({
  cardRevisionId: `rev${s.cardRevision}`,
  componentVersions: Object.fromEntries(
    ids.map((id) => [id, componentPin(s.components.find((c) => c.id === id)!.versions)]),
  ),
});
export const underLive = (s: SimState, id: string) =>
  s.reviews.some((r) => isLive(r.status) && r.componentIds.includes(id));

/** Requirements that satisfy every gate, so the panel and checklist decide in the simulation. */
export const GOOD_REQUIREMENTS: Requirement[] = (["research", "technical", "product"] as const).map((kind) => ({
  id: kind,
  kind,
  statement: `The ${kind} shall hold.`,
  verification: "tested",
  validation: "accepted",
  status: "validated",
  pFailure: 0.1,
  value: 5,
}));

/** Re-pins every open review (the card or a version changed); stale votes stay but no longer count. */
export function repinAll(s: SimState): SimState {
  const repinned = (r: SimReview): SimReview => {
    const pin = pinOf(s, r.componentIds);
    return pinsEqual(pin, r.pin) ? r : { ...r, pin, pinRound: r.pinRound + 1 };
  };
  return { ...s, reviews: s.reviews.map((r) => (r.status === "open" ? repinned(r) : r)) };
}

export function moveComponent(s: SimState, t: Transition): SimState {
  return {
    ...s,
    transitions: [...s.transitions, t],
    components: s.components.map((c) => (c.id === t.componentId ? { ...c, level: t.toLevel } : c)),
  };
}
