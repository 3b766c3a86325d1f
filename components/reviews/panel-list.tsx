import type { SeatDto } from "@/lib/dal/reviews/review-page-types";
import { Badge } from "@/components/ui/badge";
import { disciplineLabel, VOTE_LABELS } from "./labels";

/**
 * The panel and who has voted. Choices stay hidden until the panel decides (the DTO only carries
 * them then, or for the viewer's own seat), so nobody sees how others voted before voting.
 */
export function PanelList({ seats, decided, viewerId }: { seats: SeatDto[]; decided: boolean; viewerId: string }) {
  const voted = seats.filter((s) => s.voted).length;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-700">
        {voted} of {seats.length} seat{seats.length === 1 ? " has" : "s have"} a current vote.
        {decided ? "" : " How each member voted is shown once the panel has decided."}
      </p>
      <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {seats.map((s) => (
          <li key={s.id} className="flex flex-col gap-1 p-3 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-slate-900">
                {s.name}
                {s.userId === viewerId ? " (you)" : ""}
              </span>
              <span className="text-slate-700">{disciplineLabel(s.discipline)}</span>
              {s.isChair ? <Badge tone="blue">Chair</Badge> : null}
              {s.voted ? (
                <Badge tone="green">Voted</Badge>
              ) : s.stale ? (
                <Badge tone="amber">Vote went stale</Badge>
              ) : (
                <Badge>Not voted yet</Badge>
              )}
              {s.choice ? (
                <Badge tone={s.choice === "graduate" ? "green" : "amber"}>{VOTE_LABELS[s.choice]}</Badge>
              ) : null}
            </div>
            {s.tasks.length > 0 ? (
              <ul className="list-disc pl-5 text-slate-800">
                {s.tasks.map((t, i) => (
                  <li key={i} className="whitespace-pre-line">
                    {t.text}
                    {t.metric ? ` — metric: ${t.metric}` : ""}
                    {t.target ? `, target: ${t.target}` : ""}
                  </li>
                ))}
              </ul>
            ) : null}
            {s.comment ? <p className="whitespace-pre-wrap break-words text-slate-700">“{s.comment}”</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
