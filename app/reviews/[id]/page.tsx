import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CardView } from "@/components/card/card-view";
import { ReviewStatusBadge } from "@/components/shared/badges";
import { LevelPill } from "@/components/shared/level-pill";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { CardDiffView } from "@/components/reviews/card-diff-view";
import { ChairConfirmation } from "@/components/reviews/chair-confirmation";
import { ContinuationBlock } from "@/components/reviews/continue-review";
import { DebriefForm, KeyDecisionForm } from "@/components/reviews/chair-actions";
import { ReturnedActionsForm } from "@/components/reviews/returned-actions-form";
import { FocusOnMount } from "@/components/reviews/focus-on-mount";
import { PanelList } from "@/components/reviews/panel-list";
import {
  Block,
  ComponentsBlock,
  CriteriaBlock,
  DecisionBlock,
  EthicsBlock,
  HistoryBlock,
  RequirementsBlock,
  SupersededNotice,
  When,
} from "@/components/reviews/review-sections";
import { PreviousTasks } from "@/components/reviews/task-list";
import { VoteDock } from "@/components/reviews/vote-dock";
import { VoteForm } from "@/components/reviews/vote-form";
import { WithdrawReview } from "@/components/reviews/withdraw-review";
import { GateOutcomeForm } from "@/components/reviews/gate-outcome-form";
import { getChairConfirmation } from "@/lib/dal/reviews/read-chair-confirmation";
import { getReviewPage } from "@/lib/dal/reviews/read-review-page";
import { getReviewDiscussion } from "@/lib/dal/reviews/read-review-discussion";
import { AnchorDiscussion, DiscussionFilter, OpenThreadsLink } from "@/components/reviews/discussion/anchor-discussion";
import { safeParams } from "@/lib/route-params";
import { plural } from "@/components/shared/format";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await safeParams(params);
  const r = await getReviewPage({ reviewId: id });
  return { title: r ? `Level ${r.level} review — ${r.project.name}` : "Review not found" };
}

export default async function ReviewPage({ params, searchParams }: Props) {
  const { id } = await safeParams(params);
  const sp = await safeParams(searchParams);
  const review = await getReviewPage({ reviewId: id });
  if (!review) notFound();
  const discussion = await getReviewDiscussion(review.id);
  const openOnly = sp.threads === "open";
  const discuss = (anchorKind: "section" | "requirement") =>
    function Discussion(key: string, label: string) {
      return discussion ? (
        <AnchorDiscussion
          discussion={discussion}
          anchorKind={anchorKind}
          anchorKey={key}
          anchorLabel={label}
          openOnly={openOnly}
        />
      ) : null;
    };
  const { viewer } = review;
  const chairConfirmation = review.status === "draft" ? await getChairConfirmation({ reviewId: review.id }) : null;
  const can = (a: (typeof viewer.allowed)[number]) => viewer.allowed.includes(a);
  const decided = review.outcome !== null;
  const mySeat = review.seats.find((s) => s.id === viewer.seatId) ?? null;
  const myVote =
    mySeat?.voted && mySeat.choice ? { choice: mySeat.choice, tasks: mySeat.tasks, comment: mySeat.comment } : null;
  const voteTitle = can("vote")
    ? viewer.stale
      ? "Your vote went stale — vote again"
      : myVote
        ? "Your vote"
        : "Cast your vote"
    : null;
  const chairForms =
    can("record_key_decision") || can("record_review_switchback") || can("pause_on_return") || can("record_debrief");

  return (
    <div className="flex flex-col gap-6">
      <FocusOnMount
        id={sp.decided ? "decision-heading" : "review-heading"}
        when={Boolean(sp.decided || sp.submitted)}
      />
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/projects/${review.project.slug}`} className="text-blue-700 underline-offset-2 hover:underline">
          ← {review.project.name}
        </Link>
      </nav>
      <header className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <h1 id="review-heading" tabIndex={-1} className="text-2xl font-bold text-slate-900 focus:outline-none">
            {review.kind === "entry" ? `Entry review (claimed level ${review.level})` : `Level ${review.level} review`}{" "}
            of {review.project.name}
          </h1>
          <LevelPill level={review.level} detail />
          <ReviewStatusBadge status={review.status} />
        </div>
        <p className="text-sm text-slate-700">
          {review.project.label} · requested by {review.author.name} · opened <When date={review.openedAt} />
          {review.dueAt ? (
            <>
              {" "}
              · votes due <When date={review.dueAt} />
            </>
          ) : null}
          {review.pinRound > 0 ? (
            <>
              {" "}
              · re-pinned {review.pinRound} {plural(review.pinRound, "time")} after changes
            </>
          ) : null}
        </p>
        {discussion ? <DiscussionFilter discussion={discussion} openOnly={openOnly} /> : null}
      </header>

      {sp.submitted && review.status === "open" ? (
        <Alert tone="success">
          The review is open: the TRL Card revision and the component versions are pinned, and the panel has been
          notified.
        </Alert>
      ) : null}
      {review.status === "draft" ? (
        <Alert tone="info">
          This review is still a draft: nobody has been notified.{" "}
          {can("submit_review") ? (
            <Link href={`/reviews/${review.id}/edit`} className="font-medium underline">
              Continue the request
            </Link>
          ) : null}
        </Alert>
      ) : null}
      {review.status === "draft" && chairConfirmation ? <ChairConfirmation c={chairConfirmation} /> : null}
      {review.status === "withdrawn" ? (
        <Alert tone="warning">
          This review was withdrawn on {review.withdrawnAt ? <When date={review.withdrawnAt} /> : "—"}.
        </Alert>
      ) : null}

      <DecisionBlock review={review} />
      <SupersededNotice review={review} />
      <ContinuationBlock
        review={{
          id: review.id,
          status: review.status,
          continues: review.continues,
          continuedBy: review.continuedBy,
          tasksDone: review.tasks.every((t) => t.doneAt !== null),
          taskCount: review.tasks.length,
          mayStart:
            viewer.mayOpenReview && review.project.status === "active" && review.supersededComponentIds.length === 0,
        }}
      />

      <div
        className={voteTitle ? "max-lg:pb-16 lg:grid lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start lg:gap-6" : ""}
      >
        <div className="flex min-w-0 flex-col gap-6">
          {chairForms ? (
            <Block id="chair" title="Chair's records" tone="highlight">
              {can("record_key_decision") && review.keyDecisionOptions.length > 0 ? (
                <KeyDecisionForm review={review} />
              ) : null}
              {can("record_review_switchback") || can("pause_on_return") ? (
                <ReturnedActionsForm
                  review={review}
                  canSwitchback={can("record_review_switchback")}
                  canPause={can("pause_on_return")}
                />
              ) : null}
              {can("record_debrief") ? (
                <div className="flex flex-col gap-2">
                  <h3 className="text-base font-semibold text-slate-900">Stage debrief</h3>
                  <DebriefForm review={review} />
                </div>
              ) : null}
            </Block>
          ) : null}

          {review.status === "open" && can("withdraw_review") ? (
            <WithdrawReview reviewId={review.id} status="open" />
          ) : null}

          {can("decide_gate_outcome") ? (
            <GateOutcomeForm
              projectId={review.project.id}
              reviewId={review.id}
              name={review.project.name}
              level={review.level}
              paused={review.project.status === "paused"}
            />
          ) : null}

          <Block id="panel" title="Panel">
            <PanelList seats={review.seats} decided={decided} viewerId={viewer.userId} />
          </Block>

          <ComponentsBlock review={review} />

          <Block id="card" title={review.card ? `TRL Card, revision ${review.card.number} (pinned)` : "TRL Card"}>
            {review.cardDiff ? (
              <details className="rounded-md border border-slate-200 p-3" open>
                <summary className="cursor-pointer text-sm font-medium text-slate-900">
                  {review.cardDiff.sections.length > 0
                    ? `Changes since the level ${review.cardDiff.previousReview?.level} review (${review.cardDiff.sections.length} ${plural(review.cardDiff.sections.length, "section")})`
                    : review.cardDiff.requirementChanges.length > 0
                      ? `Requirements changed since the level ${review.cardDiff.previousReview?.level} review; the sections' text is the same`
                      : `Unchanged since the level ${review.cardDiff.previousReview?.level} review`}
                </summary>
                <div className="mt-3">
                  <CardDiffView diff={review.cardDiff} headingLevel={4} />
                </div>
              </details>
            ) : review.card ? (
              <p className="text-sm text-slate-700">No earlier review of this project to compare the card with.</p>
            ) : null}
            <CardView
              card={review.card}
              summary={{
                projectName: review.project.name,
                cardId: review.card ? `${review.project.label}.${review.card.number}` : review.project.label,
                level: review.level,
                owners: review.project.members.filter((m) => m.role === "owner").map((m) => m.name),
                reviewers: review.seats.map((s) => s.name),
                projectPath: `/projects/${review.project.slug}`,
              }}
              sectionFooter={discuss("section")}
            />
          </Block>

          <CriteriaBlock review={review} />
          <EthicsBlock review={review} />
          <RequirementsBlock review={review} extra={discuss("requirement")} />
          <PreviousTasks previous={review.previousTasks} level={review.level} />
          <HistoryBlock review={review} />
          <p>
            <Link
              href={`/projects/${review.project.slug}/timeline`}
              className={buttonClasses({ variant: "secondary" })}
            >
              Project timeline
            </Link>
          </p>
        </div>
        {voteTitle ? (
          <VoteDock label={voteTitle}>
            <Block id="vote" title={voteTitle} tone="highlight">
              {viewer.stale ? (
                <div className="flex flex-col gap-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
                  <p>
                    You voted <strong>{viewer.stale.choice}</strong> in round {viewer.stale.votedRound + 1}. Since then
                    the TRL Card or a reviewed component changed, so that vote no longer counts. Here is what changed:
                  </p>
                  {viewer.stale.componentChanges.length > 0 ? (
                    <ul className="list-disc pl-5">
                      {viewer.stale.componentChanges.map((c) => (
                        <li key={c.name}>
                          <strong>{c.name}</strong>: {c.before} <span aria-hidden="true">→</span>
                          <span className="sr-only">became</span> {c.after}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {viewer.stale.cardDiff ? <CardDiffView diff={viewer.stale.cardDiff} /> : null}
                </div>
              ) : null}
              {discussion && discussion.openCount > 0 ? (
                <p className="text-sm text-slate-800">
                  <OpenThreadsLink discussion={discussion} /> in the discussion. They do not block your vote.
                </p>
              ) : null}
              {myVote ? (
                <p className="text-sm text-slate-800">
                  You voted <strong>{myVote.choice}</strong>. You can change your vote while the review is open.
                </p>
              ) : null}
              <VoteForm
                reviewId={review.id}
                pinRound={review.pinRound}
                current={myVote}
                seatCount={review.seats.length}
              />
            </Block>
          </VoteDock>
        ) : null}
      </div>
    </div>
  );
}
