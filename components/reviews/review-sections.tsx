import Link from "next/link";
import type { ReviewPageDto } from "@/lib/dal/reviews/review-page-types";
import { ReviewStatusBadge, TransitionKindBadge } from "@/components/shared/badges";
import { formatDate, isoDate } from "@/components/shared/format";
import { COMPONENT_KIND_LABELS, REQUIREMENT_KIND_LABELS, REQUIREMENT_STATUS_LABELS } from "@/components/shared/labels";
import { LevelPill } from "@/components/shared/level-pill";
import { safeHref } from "@/components/ui/safe-href";
import { ETHICS_ANSWER_LABELS, KEY_DECISION_LABELS } from "./labels";
import { TaskList } from "./task-list";

export function When({ date }: { date: Date | null }) {
  return date ? <time dateTime={isoDate(date)}>{formatDate(date)}</time> : <span>—</span>;
}

export function Block({
  id,
  title,
  children,
  tone = "plain",
}: {
  id: string;
  title: string;
  children: React.ReactNode;
  tone?: "plain" | "highlight";
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      id={id}
      className={`flex flex-col gap-3 rounded-lg border p-4 ${tone === "highlight" ? "border-blue-300 bg-blue-50/50" : "border-slate-200 bg-white"}`}
    >
      <h2 id={`${id}-heading`} tabIndex={-1} className="text-xl font-semibold text-slate-900 focus:outline-none">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function DecisionBlock({ review }: { review: ReviewPageDto }) {
  if (!review.outcome) return null;
  const graduated = review.outcome.outcome === "graduated";
  const canTick = review.viewer.allowed.includes("tick_review_task");
  const moved = review.transitions.filter((t) => t.kind === "graduation" || t.kind === "review" || t.kind === "entry");
  return (
    <Block id="decision" title={graduated ? "Decision: graduated" : "Decision: returned"} tone="highlight">
      <p className="text-sm text-slate-800">
        Decided on <When date={review.outcome.decidedAt} />.{" "}
        {graduated
          ? review.kind === "entry"
            ? `The claim is confirmed: every reviewed component moved from level 0 to level ${review.level}.`
            : `Every reviewed component moved from level ${review.level} to level ${review.level + 1}.`
          : "The components stay at their level until the tasks are done and a new review graduates them."}
      </p>
      {moved.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm" aria-label="Level changes">
          {moved.map((t, i) => (
            <li key={i} className="flex flex-wrap items-center gap-2">
              <TransitionKindBadge kind={t.kind} />
              <span className="font-medium">{t.componentName}</span>
              <span className="font-mono">
                L{t.from} <span aria-hidden="true">→</span>
                <span className="sr-only">to</span> L{t.to}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {review.tasks.length > 0 ? (
        <div className="flex flex-col gap-2">
          <h3 className="text-base font-semibold text-slate-900">
            Tasks ({review.tasks.filter((t) => t.doneAt).length} of {review.tasks.length} done)
          </h3>
          <TaskList tasks={review.tasks} canComplete={canTick} headingLevel="h4" />
        </div>
      ) : null}
      {review.keyDecision ? (
        <div className="text-sm">
          <h3 className="text-base font-semibold text-slate-900">Key decision</h3>
          <p>
            {KEY_DECISION_LABELS[review.keyDecision.decision]}
            {review.keyDecision.targetDate ? `, target ${formatDate(review.keyDecision.targetDate)}` : ""}
            {review.keyDecision.byName ? ` — recorded by ${review.keyDecision.byName}` : ""}.
          </p>
          {review.keyDecision.note ? (
            <p className="whitespace-pre-wrap break-words text-slate-700">{review.keyDecision.note}</p>
          ) : null}
          {review.researchTrack ? (
            <p className="mt-1">
              Research track:{" "}
              <Link href={`/projects/${review.researchTrack.slug}`} className="text-blue-700 underline">
                {review.researchTrack.name}
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {review.switchbackRationale ? (
        <div className="text-sm">
          <h3 className="text-base font-semibold text-slate-900">Chair&apos;s rationale after the return</h3>
          <p className="whitespace-pre-wrap break-words">{review.switchbackRationale}</p>
        </div>
      ) : null}
      {review.debrief.length > 0 ? (
        <div className="text-sm">
          <h3 className="text-base font-semibold text-slate-900">Stage debrief</h3>
          <dl className="flex flex-col gap-2">
            {review.debrief.map((d) => (
              <div key={d.key}>
                <dt className="font-medium text-slate-800">{d.label}</dt>
                <dd className="whitespace-pre-wrap break-words text-slate-800">{d.answer || "—"}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </Block>
  );
}

export function ComponentsBlock({ review }: { review: ReviewPageDto }) {
  return (
    <Block id="components" title="Components and versions">
      <ul className="flex flex-col divide-y divide-slate-200 text-sm">
        {review.components.map((c) => {
          const moved =
            c.pinned.code !== c.current.code || c.pinned.model !== c.current.model || c.pinned.data !== c.current.data;
          return (
            <li key={c.id} className="flex flex-col gap-1 py-2">
              <span className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-slate-900">{c.name}</span>
                <span className="text-slate-600">{COMPONENT_KIND_LABELS[c.kind]}</span>
                <LevelPill level={c.currentLevel} />
              </span>
              <span className="font-mono text-xs text-slate-800">
                Judged: code {c.pinned.code} · model {c.pinned.model} · data {c.pinned.data}
              </span>
              {moved ? (
                <span className="font-mono text-xs text-amber-900">
                  Now: code {c.current.code} · model {c.current.model} · data {c.current.data}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Block>
  );
}

function Evidence({ url, note }: { url: string | null; note: string | null }) {
  const href = url ? safeHref(url) : null;
  return (
    <>
      {href ? (
        <a href={href} className="break-all text-blue-700 underline" rel="noopener noreferrer">
          {url}
        </a>
      ) : null}
      {note ? <span className="block whitespace-pre-wrap break-words">{note}</span> : null}
    </>
  );
}

export function CriteriaBlock({ review }: { review: ReviewPageDto }) {
  const state = { pending: "Not addressed", done: "Done", not_applicable: "Not applicable" } as const;
  return (
    <Block id="criteria" title={`Gate criteria of level ${review.level}`}>
      <ul className="flex flex-col divide-y divide-slate-200 text-sm">
        {review.criteria.map((c) => (
          <li key={c.key} className="flex flex-col gap-1 py-2">
            <span className="font-medium text-slate-900">{c.label}</span>
            <span className="text-slate-700">{state[c.state]}</span>
            {c.state === "done" ? <Evidence url={c.evidenceUrl} note={c.note} /> : null}
            {c.state === "not_applicable" ? (
              <span className="whitespace-pre-wrap break-words">Reason: {c.naReason}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </Block>
  );
}

export function EthicsBlock({ review }: { review: ReviewPageDto }) {
  return (
    <Block id="ethics" title="Ethics checklist">
      <ul className="flex flex-col divide-y divide-slate-200 text-sm">
        {review.ethics.map((e) => (
          <li key={e.key} className="flex flex-col gap-1 py-2">
            <span className="font-medium text-slate-900">{e.label}</span>
            <span className="text-slate-800">
              <strong>{e.answer ? ETHICS_ANSWER_LABELS[e.answer] : "Unanswered"}</strong>
              {e.note ? ` — ${e.note}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </Block>
  );
}

/** `extra` adds something under a requirement (the review page's discussion of it). */
export function RequirementsBlock({
  review,
  extra,
}: {
  review: ReviewPageDto;
  extra?: (id: string, label: string) => React.ReactNode;
}) {
  return (
    <Block id="requirements" title="Requirements and risks">
      {review.requirements.length === 0 ? (
        <p className="text-sm italic text-slate-700">No requirements yet.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 text-sm">
          {review.requirements.map((r) => (
            <li key={r.id} className="flex flex-col gap-1 py-2">
              <span className="font-medium text-slate-900">
                R{r.number} · {REQUIREMENT_KIND_LABELS[r.kind]} · {REQUIREMENT_STATUS_LABELS[r.status]} · risk{" "}
                {r.risk.toFixed(2)}{" "}
                <span className="font-normal text-slate-600">
                  (p {r.pFailure} × value {r.value})
                </span>
              </span>
              <span className="break-words text-slate-800">{r.statement}</span>
              {r.verification ? (
                <span className="break-words text-slate-700">Verification: {r.verification}</span>
              ) : null}
              {r.validation ? <span className="break-words text-slate-700">Validation: {r.validation}</span> : null}
              {r.waiverReason ? <span className="break-words text-slate-700">Waived: {r.waiverReason}</span> : null}
              {extra?.(r.id, `R${r.number}`)}
            </li>
          ))}
        </ul>
      )}
    </Block>
  );
}

export function HistoryBlock({ review }: { review: ReviewPageDto }) {
  return (
    <Block id="history" title={`Earlier reviews of ${review.project.name}`}>
      {review.history.length === 0 ? (
        <p className="text-sm italic text-slate-700">This is the project&apos;s first review.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 text-sm">
          {review.history.map((h) => (
            <li key={h.id} className="flex flex-wrap items-center gap-2 py-2">
              <LevelPill level={h.level} />
              <Link href={`/reviews/${h.id}`} className="text-blue-700 underline">
                Level {h.level} review
              </Link>
              <ReviewStatusBadge status={h.status} />
              <span className="text-slate-600">
                opened <When date={h.openedAt} />
                {h.decidedAt ? (
                  <>
                    , decided <When date={h.decidedAt} />
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Block>
  );
}

/** Why a decided review no longer offers its chair's state changes or its tasks (lib/domain/supersession). */
export function SupersededNotice({ review }: { review: ReviewPageDto }) {
  if (review.supersededBy.length === 0) return null;
  return (
    <div
      role="note"
      aria-label="Superseded by a later review"
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      <ul className="flex flex-col gap-1">
        {review.supersededBy.map((o) => (
          <li key={o.id}>
            A{" "}
            <Link href={`/reviews/${o.id}`} className="font-medium underline">
              later review (level {o.level}, {o.status} on <When date={o.decidedAt} />)
            </Link>{" "}
            decided these components: {o.componentNames.join(", ")}.
          </li>
        ))}
      </ul>
      <p className="mt-1">
        This review no longer speaks for them: no key decision, pause, review switchback or task change can be recorded
        here for them. The debrief, a record of this stage, can still be written.
      </p>
    </div>
  );
}
