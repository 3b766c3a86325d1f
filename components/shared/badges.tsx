import { Badge, type BadgeTone } from "@/components/ui/badge";
import { claimLabel } from "@/lib/domain/component-entry";
import type { ProjectStatus, ReviewStatus, TransitionKind } from "@/lib/domain/vocabulary";
import { PROJECT_STATUS_LABELS, REVIEW_STATUS_LABELS, TRANSITION_KIND_LABELS } from "./labels";

/** Status words are always shown; the tone only reinforces them. */
const PROJECT_STATUS_TONES: Record<ProjectStatus, BadgeTone> = {
  active: "green",
  paused: "amber",
  archived: "neutral",
  stopped: "red",
};

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  return <Badge tone={PROJECT_STATUS_TONES[status]}>{PROJECT_STATUS_LABELS[status]}</Badge>;
}

const REVIEW_STATUS_TONES: Record<ReviewStatus, BadgeTone> = {
  draft: "neutral",
  open: "blue",
  graduated: "green",
  returned: "amber",
  withdrawn: "neutral",
};

export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  return <Badge tone={REVIEW_STATUS_TONES[status]}>{REVIEW_STATUS_LABELS[status]}</Badge>;
}

const TRANSITION_TONES: Record<TransitionKind, BadgeTone> = {
  start: "neutral",
  graduation: "green",
  discovery: "amber",
  review: "red",
  embedded: "blue",
  entry: "green",
};

export function TransitionKindBadge({ kind }: { kind: TransitionKind }) {
  return <Badge tone={TRANSITION_TONES[kind]}>{TRANSITION_KIND_LABELS[kind]}</Badge>;
}

export function TagList({ tags, label = "Tags" }: { tags: string[]; label?: string }) {
  if (tags.length === 0) return <span className="text-sm text-slate-600">—</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label={label}>
      {tags.map((t) => (
        <li key={t} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">
          {t}
        </li>
      ))}
    </ul>
  );
}

/** "claimed L7, unconfirmed": the component counts at its confirmed level until an entry review confirms the claim. */
export function ClaimBadge({ claimedLevel }: { claimedLevel: number | null | undefined }) {
  const label = claimLabel({ claimedLevel: claimedLevel ?? null });
  return label ? <Badge tone="amber">{label}</Badge> : null;
}
