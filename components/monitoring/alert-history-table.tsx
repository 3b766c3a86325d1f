import { formatDate, isoDate } from "@/components/shared/format";
import { CAPTION_TITLE, ColumnHeader, RowHeader, Table, TableHead } from "@/components/ui/table";
import type { AlertHistoryRowDto } from "@/lib/dal/monitoring/read-alert-history";
import { ALERT_KIND_LABELS, type AlertEventKind } from "@/lib/domain/monitoring";

const EVENT_LABELS: Record<AlertEventKind, string> = {
  reported: "Reported",
  repeated: "Reported again",
  acknowledged: "Acknowledged",
  resolved: "Resolved",
  switchback: "Switchback",
};

/** The timeline's monitoring table: every event of every alert, oldest first. */
export function AlertHistoryTable({ rows }: { rows: AlertHistoryRowDto[] }) {
  if (rows.length === 0) return null;
  return (
    <Table region="Monitoring alerts table" caption="Monitoring alerts, oldest first" captionClassName={CAPTION_TITLE}>
      <TableHead>
        <ColumnHeader>Date</ColumnHeader>
        <ColumnHeader>Component</ColumnHeader>
        <ColumnHeader>Alert</ColumnHeader>
        <ColumnHeader>Event</ColumnHeader>
        <ColumnHeader last>Note</ColumnHeader>
      </TableHead>
      <tbody>
        {rows.map((e) => (
          <tr key={e.id} className="border-b border-slate-200 align-top">
            <td className="py-2 pr-3 whitespace-nowrap">
              <time dateTime={isoDate(e.at)}>{formatDate(e.at)}</time>
            </td>
            <RowHeader>{e.alert.componentName}</RowHeader>
            <td className="py-2 pr-3">
              {e.alert.severity} {ALERT_KIND_LABELS[e.alert.kind]}: <span className="font-mono">{e.alert.metric}</span>
            </td>
            <td className="py-2 pr-3 whitespace-nowrap">{EVENT_LABELS[e.kind]}</td>
            <td className="py-2 break-words">
              {e.note || "—"}
              {e.actorName ? ` (${e.actorName})` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
