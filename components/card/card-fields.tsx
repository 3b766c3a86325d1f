import { STORED_CARD_SECTIONS, type CardContent, type DataSource } from "@/lib/domain/card-content";
import { CARD_FIELD_LABELS } from "@/lib/domain/card-diff";
import { Markdown } from "./markdown";
import { safeHref } from "@/components/ui/safe-href";
import { ColumnHeader, RowHeader, Table, TableHead } from "@/components/ui/table";

export type StoredField = (typeof STORED_CARD_SECTIONS)[number]["fields"][number];

export function DataSourcesTable({ sources }: { sources: DataSource[] }) {
  if (sources.length === 0) return <p className="text-sm italic text-slate-600">No data sources listed yet.</p>;
  return (
    <Table region="Data sources table" caption="Data sources: dataset versions and datasheets">
      <TableHead>
        <ColumnHeader>Dataset</ColumnHeader>
        <ColumnHeader>Version</ColumnHeader>
        <ColumnHeader>Owner</ColumnHeader>
        <ColumnHeader last>Datasheet</ColumnHeader>
      </TableHead>
      <tbody>
        {sources.map((d, i) => {
          const href = safeHref(d.datasheetUrl);
          return (
            <tr key={i} className="border-b border-slate-200 align-top">
              <RowHeader className="text-slate-900">{d.name || "—"}</RowHeader>
              <td className="py-2 pr-3 font-mono text-slate-800">{d.version || "—"}</td>
              <td className="py-2 pr-3 text-slate-800">{d.owner || "—"}</td>
              <td className="py-2 text-slate-800">
                {href ? (
                  <a href={href} className="text-blue-700 underline" rel="noopener noreferrer">
                    Datasheet<span className="sr-only"> for {d.name || "this dataset"}</span>
                  </a>
                ) : (
                  <span className="break-all">{d.datasheetUrl || "—"}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

/**
 * One stored field: Markdown text, or the data sources table. Sections holding several fields
 * give each a sub-heading (`headingLevel` keeps the page's heading order).
 */
export function CardField({
  content,
  field,
  multi,
  headingLevel = "h4",
}: {
  content: CardContent;
  field: StoredField;
  multi: boolean;
  headingLevel?: "h3" | "h4";
}) {
  const body =
    field === "dataSources" ? <DataSourcesTable sources={content.dataSources} /> : <Markdown text={content[field]} />;
  if (!multi) return body;
  const Heading = headingLevel;
  return (
    <div className="flex flex-col gap-2">
      <Heading className="text-sm font-semibold text-slate-800">{CARD_FIELD_LABELS[field]}</Heading>
      {body}
    </div>
  );
}
