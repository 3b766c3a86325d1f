import type { DiffCell, DiffRow } from "@/lib/domain/card-diff";
import { cx } from "@/components/ui/cx";
import { ColumnHeader, Table, TableHead } from "@/components/ui/table";

const CELL: Record<DiffCell["kind"], string> = {
  same: "text-slate-800",
  removed: "bg-red-50 text-red-950",
  added: "bg-green-50 text-green-950",
  empty: "bg-slate-50",
};
const MARK: Record<DiffCell["kind"], { sign: string; word: string }> = {
  same: { sign: " ", word: "" },
  removed: { sign: "−", word: "Removed: " },
  added: { sign: "+", word: "Added: " },
  empty: { sign: " ", word: "" },
};

function Cell({ cell }: { cell: DiffCell }) {
  const mark = MARK[cell.kind];
  return (
    <td className={cx("border-t border-slate-200 px-2 py-0.5 align-top font-mono text-xs leading-5", CELL[cell.kind])}>
      <span className="flex gap-2">
        <span aria-hidden="true" className="w-3 shrink-0 select-none font-bold">
          {mark.sign}
        </span>
        <span className="min-w-0 whitespace-pre-wrap break-words">
          {mark.word ? <span className="sr-only">{mark.word}</span> : null}
          {cell.text || (cell.kind === "empty" ? "" : " ")}
        </span>
      </span>
    </td>
  );
}

/**
 * Two texts side by side, line by line: removed lines (left, red, "−") next to the lines that
 * replaced them (right, green, "+"). Signs and screen-reader words carry the meaning, not colour.
 */
export function DiffTable({
  rows,
  caption,
  leftLabel,
  rightLabel,
}: {
  rows: DiffRow[];
  caption: string;
  leftLabel: string;
  rightLabel: string;
}) {
  return (
    <Table layout="fixed" className="rounded border border-slate-300" caption={caption}>
      <TableHead bare className="bg-slate-100 text-xs text-slate-700">
        <ColumnHeader bare className="w-1/2 px-2 py-1 font-semibold">
          {leftLabel}
        </ColumnHeader>
        <ColumnHeader bare className="w-1/2 px-2 py-1 font-semibold">
          {rightLabel}
        </ColumnHeader>
      </TableHead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={2} className="px-2 py-1 text-xs italic text-slate-600">
              Empty in both.
            </td>
          </tr>
        ) : (
          rows.map((r, i) => (
            <tr key={i}>
              <Cell cell={r.left} />
              <Cell cell={r.right} />
            </tr>
          ))
        )}
      </tbody>
    </Table>
  );
}
