import type { EvidenceEventDto } from "@/lib/dal/evidence/read-evidence-history";
import { formatDate } from "@/components/shared/format";
import { Badge } from "@/components/ui/badge";
import { safeHref } from "@/components/ui/safe-href";
import { CAPTION_TITLE, ColumnHeader, RowHeader, Table, TableHead } from "@/components/ui/table";

const OUTCOME = {
  "evidence.report": null,
  "requirement.verified": { tone: "green", label: "Verified" },
  "requirement.regressed": { tone: "red", label: "Regressed" },
} as const;

/** Evidence reported for the project, with the verifications and regressions it caused. */
export function EvidenceHistory({ events }: { events: EvidenceEventDto[] }) {
  if (events.length === 0) return null;
  return (
    <Table region="Evidence" caption="Evidence reported, newest first" captionClassName={CAPTION_TITLE}>
      <TableHead>
        <ColumnHeader>Date</ColumnHeader>
        <ColumnHeader>Target</ColumnHeader>
        <ColumnHeader>Result</ColumnHeader>
        <ColumnHeader last>Run</ColumnHeader>
      </TableHead>
      <tbody>
        {events.map((e) => {
          const outcome = OUTCOME[e.action];
          const href = e.url ? safeHref(e.url) : null;
          return (
            <tr key={e.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-3 whitespace-nowrap">
                <time dateTime={e.at.toISOString()}>{formatDate(e.at)}</time>
              </td>
              <RowHeader>{e.target}</RowHeader>
              <td className="py-2 pr-3">
                {e.passed === null ? "—" : e.passed ? "Passed" : "Failed"}
                {outcome ? (
                  <>
                    {" "}
                    <Badge tone={outcome.tone}>{outcome.label}</Badge>
                  </>
                ) : null}
              </td>
              <td className="py-2 break-words">
                {href ? (
                  <a href={href} className="text-blue-700 underline" rel="noopener noreferrer">
                    {e.commit ? `commit ${e.commit.slice(0, 7)}` : "link"}
                  </a>
                ) : e.commit ? (
                  `commit ${e.commit.slice(0, 7)}`
                ) : (
                  "—"
                )}
                {e.actorName ? ` (${e.actorName})` : ""}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
