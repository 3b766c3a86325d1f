import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { initialState, step, type SimAction, type SimState } from "@/test/domain-simulation";
import { actions } from "@/test/domain-simulation-arbitraries";
import { systemLevel } from "./system-level";
import { currentLevels, validateTransitionSequence } from "./transitions";
import { decideOutcome, isStale } from "./votes";

type Step = { before: SimState; action: SimAction; after: SimState; accepted: boolean };
function run(as: SimAction[]): Step[] {
  let s = initialState();
  return as.map((a) => {
    const { state, decision } = step(s, a);
    const out = { before: s, action: a, after: state, accepted: decision.ok };
    s = state;
    return out;
  });
}
const forAllRuns = (check: (steps: Step[]) => void) =>
  fc.assert(
    fc.property(actions, (as) => check(run(as))),
    { numRuns: 300 },
  );

// 300 random runs each: seconds of CPU on a shared 2-core machine, so the budget is generous.
describe("properties of the review model", { timeout: 60_000 }, () => {
  it("levels never skip upward, and the transition log explains every level", () => {
    forAllRuns((steps) => {
      for (const { before, after } of steps) {
        for (const c of after.components) {
          const prev = before.components.find((x) => x.id === c.id);
          if (prev) expect(c.level).toBeLessThanOrEqual(prev.level + 1);
        }
        for (const t of after.transitions.slice(before.transitions.length)) {
          if (t.fromLevel !== null && t.toLevel > t.fromLevel) {
            expect(t.kind).toBe("graduation");
            expect(t.toLevel).toBe(t.fromLevel + 1);
          }
        }
      }
      const final = steps.at(-1)!.after;
      expect(validateTransitionSequence(final.transitions).ok).toBe(true);
      const derived = currentLevels(final.transitions);
      for (const c of final.components) expect(derived.get(c.id)).toBe(c.level);
    });
  });

  it("the system level is always the minimum of the active components' levels", () => {
    forAllRuns((steps) => {
      for (const { after } of steps) {
        const derived = currentLevels(after.transitions);
        const active = after.components.filter((c) => c.status === "active").map((c) => derived.get(c.id)!);
        expect(systemLevel(after.components)).toBe(active.length === 0 ? null : Math.min(...active));
      }
    });
  });

  it("a review is decided at most once and a final status never changes", () => {
    forAllRuns((steps) => {
      for (const { before, after } of steps) {
        for (const r of before.reviews.filter((x) => ["graduated", "returned", "withdrawn"].includes(x.status))) {
          expect(after.reviews.find((x) => x.id === r.id)!.status).toBe(r.status);
        }
      }
      const final = steps.at(-1)!.after;
      const ids = final.decisions.map((d) => d.reviewId);
      expect(new Set(ids).size).toBe(ids.length);
      const graduations = final.transitions
        .filter((t) => t.kind === "graduation")
        .map((t) => `${t.reviewId}:${t.componentId}`);
      expect(new Set(graduations).size).toBe(graduations.length);
      for (const d of final.decisions)
        expect(final.reviews.find((r) => r.id === d.reviewId)!.status).toBe(d.outcome.status);
    });
  });

  it("votes never exceed seats, and only seated people vote", () => {
    forAllRuns((steps) => {
      for (const { after } of steps) {
        for (const r of after.reviews) {
          expect(r.votes.length).toBeLessThanOrEqual(r.seats.length);
          const voters = r.votes.map((v) => v.voterId);
          expect(new Set(voters).size).toBe(voters.length);
          for (const v of voters) expect(r.seats.some((s) => s.userId === v)).toBe(true);
        }
      }
    });
  });

  it("the outcome counts only non-stale votes", () => {
    forAllRuns((steps) => {
      for (const { after } of steps) {
        for (const d of after.decisions) {
          expect(d.counted).toHaveLength(d.seats);
          for (const v of d.counted) expect(isStale(v, d.pin)).toBe(false);
        }
        /** An open review with a full set of current votes would already have been decided. */
        for (const r of after.reviews.filter((x) => x.status === "open")) {
          expect(decideOutcome({ seats: r.seats, votes: r.votes, currentPin: r.pin }).status).toBe("pending");
        }
      }
    });
  });

  it("every accepted change writes exactly one audit record; a refusal writes none and changes nothing", () => {
    forAllRuns((steps) => {
      for (const { before, after, accepted, action } of steps) {
        if (accepted) {
          expect(after.audit).toHaveLength(before.audit.length + 1);
          expect(after.audit.at(-1)).toMatchObject({ actorId: action.actorId, action: action.type });
        } else {
          expect(after).toBe(before);
        }
      }
      expect(steps.at(-1)!.after.audit).toHaveLength(steps.filter((s) => s.accepted).length);
    });
  });

  it("the generator reaches decisions, graduations and stale votes (the properties are not vacuous)", () => {
    const runs = fc.sample(actions, { numRuns: 300, seed: 42 }).map(run);
    const share = (f: (s: SimState) => boolean) =>
      runs.filter((steps) => steps.some((x) => f(x.after))).length / runs.length;
    expect(share((s) => s.decisions.length > 0)).toBeGreaterThan(0.2);
    expect(share((s) => s.decisions.some((d) => d.outcome.status === "graduated"))).toBeGreaterThan(0.1);
    expect(share((s) => s.decisions.some((d) => d.outcome.status === "returned"))).toBeGreaterThan(0.1);
    expect(
      share((s) => s.reviews.some((r) => r.status === "open" && r.votes.some((v) => isStale(v, r.pin)))),
    ).toBeGreaterThan(0.03);
  });
});

describe("scenarios through the model", () => {
  const play = (as: SimAction[]) => as.reduce((s, a) => step(s, a).state, initialState());
  const opened: SimAction[] = [
    { type: "add_component", actorId: "u1", level: 3 },
    { type: "open_draft", actorId: "u2", componentIndexes: [0] },
    { type: "submit", actorId: "u2", reviewIndex: 0, fullPanel: true, chairs: 1 },
  ];

  it("a full graduate vote moves the component up by one, once", () => {
    const s = play([
      ...opened,
      { type: "vote", actorId: "u3", reviewIndex: 0, choice: "graduate", stalePin: false },
      { type: "vote", actorId: "u4", reviewIndex: 0, choice: "graduate", stalePin: false },
    ]);
    expect(s.reviews[0]!.status).toBe("graduated");
    expect(s.components[0]!.level).toBe(4);
    expect(s.audit).toHaveLength(5);
    const again = step(s, { type: "vote", actorId: "u4", reviewIndex: 0, choice: "graduate", stalePin: false });
    expect(again.decision.ok).toBe(false);
  });

  it("a card edit makes earlier votes stale; the review waits for a fresh vote", () => {
    const s = play([
      ...opened,
      { type: "vote", actorId: "u3", reviewIndex: 0, choice: "graduate", stalePin: false },
      { type: "edit_card", actorId: "u1" },
      { type: "vote", actorId: "u4", reviewIndex: 0, choice: "graduate", stalePin: false },
    ]);
    expect(s.reviews[0]!.status).toBe("open");
    const done = play([
      ...opened,
      { type: "vote", actorId: "u3", reviewIndex: 0, choice: "graduate", stalePin: false },
      { type: "edit_card", actorId: "u1" },
      { type: "vote", actorId: "u4", reviewIndex: 0, choice: "graduate", stalePin: false },
      { type: "vote", actorId: "u3", reviewIndex: 0, choice: "return", stalePin: false },
    ]);
    expect(done.reviews[0]!.status).toBe("returned");
    expect(done.components[0]!.level).toBe(3);
  });

  it("a new version of a deployed component sends it back to L7", () => {
    const s = play([
      { type: "add_component", actorId: "u1", level: 9 },
      { type: "bump_version", actorId: "u2", componentIndex: 0, kind: "model" },
    ]);
    expect(s.components[0]!.level).toBe(7);
    expect(s.transitions.at(-1)).toMatchObject({ kind: "embedded", fromLevel: 9, toLevel: 7 });
  });
});
