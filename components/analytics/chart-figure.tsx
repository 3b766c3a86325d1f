import type { ReactNode } from "react";
import { ColumnHeader, RowHeader, Table, TableHead } from "@/components/ui/table";
import { toCsv } from "@/lib/export/portfolio-csv";

export type TableData = { caption: string; columns: string[]; rows: (string | number)[][] };

/**
 * The table as a CSV file, built in the page from the figures it already has (no second query).
 * toCsv is the portfolio export's: cells a spreadsheet would run as formulas are made text.
 * The byte-order mark makes spreadsheets read it as UTF-8.
 */
export function CsvDownload({ table, fileName }: { table: TableData; fileName: string }) {
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${toCsv(table.columns, table.rows)}`)}`;
  return (
    <a href={href} download={fileName} className="text-sm text-blue-800 underline underline-offset-2">
      Download CSV<span className="sr-only"> of {table.caption}</span>
    </a>
  );
}

/** The numbers behind a chart: the accessible view, and a way to read exact values. */
export function DataTable({ caption, columns, rows }: TableData) {
  return (
    <Table scroll caption={caption}>
      <TableHead bare className="border-b border-slate-300 text-xs uppercase tracking-wide text-slate-700">
        {columns.map((c, i) => (
          <ColumnHeader key={c} bare className={`py-1.5 pr-3 font-semibold ${i > 0 ? "text-right" : ""}`}>
            {c}
          </ColumnHeader>
        ))}
      </TableHead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i} className="border-b border-slate-100">
            {r.map((cell, j) =>
              j === 0 ? (
                <RowHeader key={j} bare className="py-1 pr-3 font-medium text-slate-900">
                  {cell}
                </RowHeader>
              ) : (
                <td key={j} className="py-1 pr-3 text-right tabular-nums text-slate-800">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/**
 * A chart as a figure: a heading, a one-line summary (what a screen reader hears instead of the
 * drawing), the chart, and its table in a disclosure.
 */
export function ChartFigure({
  id,
  title,
  summary,
  table,
  children,
  wide = false,
  csvName,
}: {
  /** The CSV file's name (csvName), e.g. analytics-levels-2026-01-01-to-2026-06-30.csv. */
  csvName: string;
  id: string;
  title: string;
  summary: ReactNode;
  table: TableData;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className={`flex min-w-0 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${wide ? "lg:col-span-2" : ""}`}
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <p id={`${id}-summary`} className="text-sm text-slate-700">
        {summary}
      </p>
      <figure aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} className="m-0">
        {children}
      </figure>
      <details className="text-sm">
        <summary className="cursor-pointer text-blue-800 underline-offset-2 hover:underline">Table view</summary>
        <div className="mt-2">
          <DataTable {...table} />
        </div>
      </details>
      <CsvDownload table={table} fileName={csvName} />
    </section>
  );
}
