/** Requirement and TRL Card events of the demo history. */
import { STORED_CARD_SECTIONS, emptyCardContent, type CardContent } from "@/lib/domain/card-content";
import { riskOf, validateRequirement } from "@/lib/domain/requirements";
import { assertNotUnderOpenReview, memberKey } from "./build-components";
import { audit, must, userOf, type ProjectState, type SeedContext } from "./context";
import { newId } from "./rows";
import type { CardRevisionSeed, RequirementSeed } from "./types";

export function addRequirement(
  ctx: SeedContext,
  state: ProjectState,
  r: RequirementSeed,
  number: number,
  at: Date,
): void {
  const id = newId();
  const req = must(
    state,
    `requirement R${number}`,
    validateRequirement({
      id,
      kind: r.kind,
      statement: r.statement,
      verification: r.verification,
      validation: r.validation,
      status: r.status,
      waiverReason: r.waiverReason ?? null,
      pFailure: r.pFailure,
      value: r.value,
    }),
  );
  const risk = must(state, `the risk of requirement R${number}`, riskOf(r.pFailure, r.value));
  state.requirements.push(req);
  ctx.rows.requirements.push({
    id,
    projectId: state.id,
    number,
    kind: r.kind,
    statement: r.statement,
    verification: r.verification,
    validation: r.validation,
    status: r.status,
    waiverReason: r.waiverReason ?? null,
    pFailure: r.pFailure,
    value: r.value,
    risk,
    ownerId: userOf(ctx, r.owner).id,
    evidenceLinks: r.evidenceLinks ?? [],
    createdAt: at,
    updatedAt: at,
  });
  audit(ctx, state, {
    at,
    actor: r.owner,
    action: "requirement.create",
    entityType: "requirement",
    entityId: id,
    after: { number, kind: r.kind, statement: r.statement, status: r.status, risk },
  });
}

export function reviseCard(ctx: SeedContext, state: ProjectState, rev: CardRevisionSeed, at: Date): void {
  memberKey(ctx, state, rev.by, "the TRL Card is revised");
  assertNotUnderOpenReview(state, null, "a TRL Card revision");
  const content: CardContent = { ...(state.card?.content ?? emptyCardContent), ...rev.patch };
  const fields = Object.keys(rev.patch);
  const changedSections = STORED_CARD_SECTIONS.filter((s) => s.fields.some((f) => fields.includes(f))).map(
    (s) => s.key as string,
  );
  if (fields.includes("links") || fields.includes("coupledComponents")) changedSections.unshift("summary");
  const number = (state.card?.number ?? 0) + 1;
  const id = newId();
  ctx.rows.cardRevisions.push({
    id,
    projectId: state.id,
    number,
    content,
    changedSections,
    summary: rev.summary,
    authorId: userOf(ctx, rev.by).id,
    systemLevel: state.systemLevel,
    createdAt: at,
  });
  state.card = { id, number, content };
  audit(ctx, state, {
    at,
    actor: rev.by,
    action: "card.revise",
    entityType: "card_revision",
    entityId: id,
    after: { number, changedSections, summary: rev.summary },
  });
}
