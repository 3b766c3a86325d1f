import fc from "fast-check";
import type { SimAction } from "./domain-simulation";

/**
 * Random action sequences for the domain simulation (test/domain-simulation.ts), shared by the
 * property tests of the review model and the roll-up equivalence test.
 */
const anyUser = fc.constantFrom("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9");
const editor = fc.constantFrom("u1", "u1", "u2", "u9", "u5");
/** Seats go to u3, u4, u5… in order, so these voters complete most panels. */
const voter = fc.constantFrom("u3", "u3", "u3", "u4", "u4", "u4", "u5", "u5", "u6", "u7", "u8", "u1", "u9");
const startLevel = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 9 }) },
);
const idx = fc.integer({ min: 0, max: 3 });
/** 0 is the newest review: most actions target the live one. */
const reviewIdx = fc.constantFrom(0, 0, 0, 0, 1, 2);
const componentIdxs = fc.oneof(
  { weight: 3, arbitrary: idx.map((i) => [i]) },
  { weight: 1, arbitrary: fc.array(idx, { minLength: 2, maxLength: 2 }) },
);
const rare = fc.integer({ min: 0, max: 7 }).map((n) => n === 0);

const openDraft = fc.record({
  type: fc.constant("open_draft" as const),
  actorId: editor,
  componentIndexes: componentIdxs,
});
const submit = fc.record({
  type: fc.constant("submit" as const),
  actorId: editor,
  reviewIndex: reviewIdx,
  fullPanel: rare.map((r) => !r),
  chairs: fc.constantFrom(1, 1, 1, 0, 2),
});
const vote = fc.record({
  type: fc.constant("vote" as const),
  actorId: voter,
  reviewIndex: reviewIdx,
  choice: fc.constantFrom("graduate" as const, "graduate" as const, "return" as const),
  stalePin: rare,
});

const action: fc.Arbitrary<SimAction> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ type: fc.constant("add_component" as const), actorId: editor, level: startLevel }),
  },
  { weight: 2, arbitrary: openDraft },
  { weight: 2, arbitrary: submit },
  { weight: 4, arbitrary: vote },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("edit_card" as const), actorId: anyUser }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("bump_version" as const),
      actorId: editor,
      componentIndex: idx,
      kind: fc.constantFrom("code" as const, "model" as const, "data" as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("discovery" as const),
      actorId: anyUser,
      componentIndex: idx,
      toLevel: fc.integer({ min: -1, max: 9 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("embedded" as const),
      actorId: editor,
      componentIndex: idx,
      toLevel: fc.constantFrom(2, 4, 3, 7),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant("withdraw" as const), actorId: anyUser, reviewIndex: reviewIdx }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant("archive_component" as const), actorId: editor, componentIndex: idx }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("set_project_status" as const),
      actorId: editor,
      status: fc.constantFrom("active" as const, "paused" as const),
    }),
  },
);
/** A review episode (draft, submit, a burst of votes) keeps random runs reaching decisions. */
const episode = fc
  .tuple(openDraft, submit, fc.array(vote, { minLength: 2, maxLength: 8 }))
  .map(([o, s, vs]) => [o, s, ...vs]);
const chunk = fc.oneof({ weight: 3, arbitrary: action.map((a) => [a]) }, { weight: 1, arbitrary: episode });

/** Most runs start from two components so that reviews happen early; some start empty. */
const PROLOGUE: SimAction[] = [
  { type: "add_component", actorId: "u1", level: 1 },
  { type: "add_component", actorId: "u1", level: 3 },
];
export const actions: fc.Arbitrary<SimAction[]> = fc
  .tuple(fc.constantFrom(true, true, true, false), fc.array(chunk, { minLength: 1, maxLength: 25, size: "max" }))
  .map(([prologue, chunks]) => [...(prologue ? PROLOGUE : []), ...chunks.flat()]);
