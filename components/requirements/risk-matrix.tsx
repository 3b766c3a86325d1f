import Link from "next/link";
import { bucketRange, type RiskMatrixRow } from "@/lib/domain/risk-matrix";
import { RISK_VALUES } from "@/lib/domain/risk-matrix";
import { cx } from "@/components/ui/cx";
import { ColumnHeader, RowHeader, Table, TableHead } from "@/components/ui/table";
import { RISK_BAND_CLASSES, RISK_BAND_LABELS } from "./format";
import { plural } from "@/components/shared/format";

/**
 * The risk matrix as a table: probability of failure (rows, highest on top) × value (columns),
 * a count per cell coloured by risk band. A cell with requirements is a link that filters the list
 * below (URL parameters p and v), so it is reachable by keyboard and can be shared.
 */
export function RiskMatrix({
  rows,
  hrefFor,
  selected,
}: {
  rows: RiskMatrixRow[];
  hrefFor: (cell: { bucket: number; value: number }) => string;
  selected: { bucket: number; value: number } | null;
}) {
  return (
    <Table
      region="Risk matrix table"
      layout="grid"
      captionClassName="mb-2 text-left text-sm text-slate-700"
      caption="Requirements by probability of failure (rows) and value (columns); colour shows the risk band. Choose a cell to list its requirements."
    >
      <TableHead bare>
        <ColumnHeader bare className="px-0.5 text-left text-[0.7rem] leading-tight font-semibold text-slate-700">
          <span aria-hidden="true">p ↓ v →</span>
          <span className="sr-only">Probability of failure, by value</span>
        </ColumnHeader>
        {RISK_VALUES.map((v) => (
          <ColumnHeader key={v} bare className="w-7 min-w-7 text-xs font-semibold text-slate-700 sm:w-9 sm:min-w-9">
            <span className="sr-only">Value </span>
            {v}
          </ColumnHeader>
        ))}
      </TableHead>
      <tbody>
        {rows.map((row) => {
          const range = bucketRange(row.bucket);
          return (
            <tr key={row.bucket}>
              <RowHeader
                bare
                className="whitespace-nowrap px-0.5 text-right text-[0.7rem] font-semibold tabular-nums text-slate-700 sm:px-1 sm:text-xs"
              >
                <span aria-hidden="true">{range.label}</span>
                <span className="sr-only">Probability of failure {range.description}</span>
              </RowHeader>
              {row.cells.map((cell) => {
                const isSelected = selected?.bucket === cell.bucket && selected.value === cell.value;
                const classes = cx(
                  "flex h-7 w-7 min-w-7 items-center justify-center rounded text-sm tabular-nums sm:h-9 sm:w-9 sm:min-w-9",
                  RISK_BAND_CLASSES[cell.band],
                  isSelected && "ring-2 ring-blue-800 ring-offset-1",
                );
                const label = `${cell.count} ${plural(cell.count, "requirement")} with probability of failure ${range.description} and value ${cell.value} (${RISK_BAND_LABELS[cell.band]} risk)`;
                return (
                  <td key={cell.value} className="p-0" data-cell={`${cell.bucket}-${cell.value}`}>
                    {cell.count > 0 ? (
                      <Link
                        href={hrefFor(cell)}
                        aria-label={label}
                        aria-current={isSelected ? "true" : undefined}
                        className={cx(classes, "font-bold underline-offset-2 hover:underline")}
                      >
                        {cell.count}
                      </Link>
                    ) : (
                      <span className={classes}>
                        <span aria-hidden="true">·</span>
                        <span className="sr-only">none</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
