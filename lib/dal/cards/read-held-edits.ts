import "server-only";
import { requireUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import type { DbClient } from "@/lib/db-client";
import { normaliseCardContent, type CardContent } from "@/lib/domain/card-content";
import {
  EDITABLE_CARD_SECTION_KEYS,
  sectionTitle,
  type EditableCardSection,
  type SectionValue,
} from "@/lib/domain/card-diff";
import { heldEditState, type HeldEditState } from "@/lib/domain/card-held-edits";
import { getLatestCardFor } from "./latest-card";

export type HeldCardEditDto = {
  section: EditableCardSection;
  title: string;
  value: SectionValue;
  baseRevision: number;
  updatedAt: Date;
  /** Against the newest revision: "conflict" means someone changed this section since it was held. */
  state: HeldEditState;
};

/** One user's held edits of a card, in the card's order, each with where it stands now. */
export async function heldCardEditsFor(db: DbClient, projectId: string, authorId: string): Promise<HeldCardEditDto[]> {
  const [rows, current] = await Promise.all([
    db.cardHeldEdit.findMany({
      where: { projectId, authorId },
      select: { section: true, value: true, baseRevision: true, updatedAt: true },
    }),
    getLatestCardFor(db, projectId),
  ]);
  const numbers = [...new Set(rows.map((r) => r.baseRevision))];
  const bases = await db.cardRevision.findMany({
    where: { projectId, number: { in: numbers } },
    select: { number: true, content: true },
  });
  const baseOf = new Map<number, CardContent>(bases.map((b) => [b.number, normaliseCardContent(b.content)]));
  const order = (s: string) => EDITABLE_CARD_SECTION_KEYS.indexOf(s as EditableCardSection);
  return rows
    .sort((a, b) => order(a.section) - order(b.section))
    .map((r) => {
      const section = r.section as EditableCardSection;
      const value = r.value as SectionValue;
      const base = baseOf.get(r.baseRevision) ?? null;
      return {
        section,
        title: sectionTitle(section),
        value,
        baseRevision: r.baseRevision,
        updatedAt: r.updatedAt,
        state: heldEditState({ section, value, baseNumber: r.baseRevision, base }, current),
      };
    });
}

/** The signed-in user's own held edits: nobody else's are ever read. */
export async function getMyHeldCardEdits(projectId: string): Promise<HeldCardEditDto[]> {
  const user = await requireUser();
  return heldCardEditsFor(prisma, projectId, user.id);
}

/** Whether the project has an open review: only then does holding an edit spare the panel anything. */
export async function hasOpenReview(projectId: string): Promise<boolean> {
  await requireUser();
  return (await prisma.review.count({ where: { projectId, status: "open" } })) > 0;
}
