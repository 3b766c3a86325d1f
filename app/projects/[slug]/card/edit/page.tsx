import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getCardPage } from "@/lib/dal/cards/read-card-page";
import { getMyHeldCardEdits, hasOpenReview, type HeldCardEditDto } from "@/lib/dal/cards/read-held-edits";
import { getVoteResets } from "@/lib/dal/reviews/vote-resets";
import { EDITABLE_CARD_SECTIONS } from "@/lib/domain/card-diff";
import { cardId } from "@/lib/domain/card-export";
import { SectionMark } from "@/components/card/card-document";
import { CardToolbar } from "@/components/card/card-toolbar";
import { ProjectPageHeader } from "@/components/card/project-subnav";
import { CardRefreshProvider } from "@/components/card/card-refresh";
import { HeldEditsPanel } from "@/components/card/held-edits-panel";
import { SectionEditor } from "@/components/card/section-editor";
import { safeParams } from "@/lib/route-params";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await getCardPage({ slug: (await safeParams(params)).slug });
  return { title: result.found ? `Edit the TRL Card · ${result.page.snapshot.project.name}` : "Project not found" };
}

export default async function EditCardPage({ params }: Props) {
  const { slug } = await safeParams(params);
  const result = await getCardPage({ slug });
  if (!result.found) notFound();
  const { page } = result;
  const s = page.snapshot;
  if (!page.canEdit) forbidden();
  const level = s.project.systemLevel;
  const [voteResets, held, openReview] = await Promise.all([
    getVoteResets(page.projectDbId),
    getMyHeldCardEdits(page.projectDbId),
    hasOpenReview(page.projectDbId),
  ]);
  const heldBySection = new Map(held.map((h) => [h.section, h]));
  return (
    <div className="flex flex-col gap-6">
      <ProjectPageHeader
        slug={slug}
        projectName={s.project.name}
        projectId={s.project.projectId}
        title={`Edit TRL Card ${cardId(s.project.projectId, s.revision?.number)}`}
        current="card"
      >
        <CardToolbar slug={slug} canEdit current="edit" />
      </ProjectPageHeader>
      <div className="max-w-prose text-sm text-slate-800">
        <p>
          Edit one section at a time; every save becomes a new revision in the history. Text sections take Markdown (raw
          HTML is not rendered) and show a live preview.
          {level !== null
            ? ` Sections marked “required” must be filled before the level ${level} review can open.`
            : ""}
        </p>
        <p className="mt-2">
          The name, level, people, status, ethics check, requirements and debriefs of the card come from the project
          itself; requirements are edited on the requirements page.
        </p>
        {openReview ? (
          <p className="mt-2">
            A review is open, so every saved section moves it to a new revision and its panel votes again. To change
            several sections, hold each one and publish them together as one revision.
          </p>
        ) : null}
      </div>
      <CardRefreshProvider>
        {openReview || held.length > 0 ? (
          <HeldEditsPanel
            projectId={page.projectDbId}
            edits={held.map((h) => ({ section: h.section, title: h.title, conflict: h.state === "conflict" }))}
            voteResets={voteResets}
          />
        ) : null}
        {EDITABLE_CARD_SECTIONS.map((section) => (
          <SectionEditor
            key={section.key}
            projectId={page.projectDbId}
            section={section.key}
            title={section.title}
            content={s.content}
            latestNumber={page.latestNumber}
            mark={<SectionMark page={page} section={section.key} />}
            voteResets={voteResets}
            canHold={openReview}
            held={heldOf(heldBySection.get(section.key))}
          />
        ))}
      </CardRefreshProvider>
    </div>
  );
}

/** The editor's view of a held edit: its value, its base, and whether it must be merged first. */
function heldOf(h: HeldCardEditDto | undefined) {
  return h ? { value: h.value, baseRevision: h.baseRevision, conflict: h.state === "conflict" } : undefined;
}
