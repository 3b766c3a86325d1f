import Link from "next/link";
import type { ReviewTaskDto } from "@/lib/dal/reviews/tasks";
import { formatDate, isoDate } from "@/components/shared/format";
import { safeHref } from "@/components/ui/safe-href";
import { CompleteTaskForm } from "./complete-task-form";

function Evidence({ text }: { text: string }) {
  const href = safeHref(text.trim());
  return href && /^https?:\/\/\S+$/i.test(text.trim()) ? (
    <a href={href} className="break-all text-blue-700 underline" rel="noopener noreferrer">
      {text}
    </a>
  ) : (
    <span className="whitespace-pre-wrap break-words">{text}</span>
  );
}

/**
 * A returned review's to-do list; owners tick tasks off with evidence when `canComplete`. Tasks are
 * numbered from 1 by their order in the list, whatever positions were stored.
 */
export function TaskList({
  tasks,
  canComplete,
  headingLevel = "h3",
}: {
  tasks: ReviewTaskDto[];
  canComplete: boolean;
  headingLevel?: "h3" | "h4";
}) {
  const H = headingLevel;
  return (
    <ol className="flex flex-col gap-3">
      {tasks.map((t, i) => (
        <li key={t.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
          <H className="whitespace-pre-line font-medium text-slate-900">
            <span aria-hidden="true">{t.doneAt ? "☑ " : "☐ "}</span>
            <span className="sr-only">{t.doneAt ? "Done: " : "Open: "}</span>
            Task {i + 1}: {t.text}
          </H>
          {t.metric || t.target ? (
            <p className="whitespace-pre-line text-slate-700">
              {t.metric ? <>Metric: {t.metric}</> : null}
              {t.metric && t.target ? " · " : null}
              {t.target ? <>Target: {t.target}</> : null}
            </p>
          ) : null}
          {t.doneAt ? (
            <p className="mt-1 text-green-900">
              Done by {t.doneByName ?? "someone"} on <time dateTime={isoDate(t.doneAt)}>{formatDate(t.doneAt)}</time>:{" "}
              <Evidence text={t.evidence ?? ""} />
            </p>
          ) : canComplete ? (
            <CompleteTaskForm taskId={t.id} position={i + 1} />
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function PreviousTasks({
  previous,
  level,
}: {
  previous: { reviewId: string; tasks: ReviewTaskDto[] } | null;
  level: number;
}) {
  if (!previous) return null;
  const done = previous.tasks.filter((t) => t.doneAt).length;
  return (
    <section
      aria-labelledby="previous-tasks-heading"
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      <h2 id="previous-tasks-heading" className="text-xl font-semibold text-slate-900">
        Tasks from the last returned level {level} review
      </h2>
      <p className="text-sm text-slate-700">
        {done} of {previous.tasks.length} done.{" "}
        <Link href={`/reviews/${previous.reviewId}`} className="text-blue-700 underline">
          Open that review
        </Link>
      </p>
      <TaskList tasks={previous.tasks} canComplete={false} />
    </section>
  );
}
