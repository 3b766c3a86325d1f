import type { CardDiffDto } from "@/lib/dal/reviews/review-page-types";
import type { DiffCell } from "@/lib/domain/card-diff";
import { ColumnHeader, Table, TableHead } from "@/components/ui/table";
import { plural } from "@/components/shared/format";

const CELL: Record<DiffCell["kind"], string> = {
  same: "text-slate-800",
  removed: "bg-red-50 text-red-900",
  added: "bg-green-50 text-green-900",
  empty: "bg-slate-50",
};
const MARK: Record<DiffCell["kind"], string> = { same: "", removed: "− ", added: "+ ", empty: "" };
const SR: Record<DiffCell["kind"], string> = { same: "", removed: "removed: ", added: "added: ", empty: "" };

function Cell({ cell }: { cell: DiffCell }) {
  return (
    <td
      className={`w-1/2 border border-slate-200 px-2 py-1 align-top font-mono text-xs whitespace-pre-wrap break-words ${CELL[cell.kind]}`}
    >
      {cell.kind === "empty" ? null : (
        <>
          <span aria-hidden="true">{MARK[cell.kind]}</span>
          <span className="sr-only">{SR[cell.kind]}</span>
          {cell.text || " "}
        </>
      )}
    </td>
  );
}

/** Changed card sections, field by field, before and after side by side. Headings start at `level`. */
export function CardDiffView({ diff, headingLevel = 3 }: { diff: CardDiffDto; headingLevel?: 3 | 4 }) {
  const H = `h${headingLevel}` as "h3" | "h4";
  const before = diff.fromNumber === null ? "no card" : `revision ${diff.fromNumber}`;
  const after = diff.toNumber === null ? "no card" : `revision ${diff.toNumber}`;
  const requirements = diff.requirementChanges.length ? (
    <div className="text-sm text-slate-800">
      <p>The requirements changed in between (see the requirements below):</p>
      <ul className="list-disc pl-5">
        {diff.requirementChanges.map((c, i) => (
          <li key={i}>{c}</li>
        ))}
      </ul>
    </div>
  ) : null;
  if (diff.sections.length === 0) {
    return (
      <div className="flex flex-col gap-2">
        <p className="text-sm text-slate-700">
          The card text is the same in {before} and {after}.
        </p>
        {requirements}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">
        {diff.sections.length} {plural(diff.sections.length, "section")} changed between {before} and {after}.
      </p>
      {requirements}
      {diff.sections.map((s) => (
        <div key={s.section} className="flex flex-col gap-2">
          <H className="text-base font-semibold text-slate-900">{s.title}</H>
          {s.fields.map((f) => (
            <Table
              key={f.field}
              scroll
              layout="fixed"
              caption={f.label}
              captionClassName="py-1 text-left text-sm font-medium text-slate-800"
            >
              <TableHead bare className="text-left text-xs text-slate-600">
                <ColumnHeader bare className="px-2 py-1 font-semibold">
                  Before ({before})
                </ColumnHeader>
                <ColumnHeader bare className="px-2 py-1 font-semibold">
                  After ({after})
                </ColumnHeader>
              </TableHead>
              <tbody>
                {f.rows.map((row, i) => (
                  <tr key={i}>
                    <Cell cell={row.left} />
                    <Cell cell={row.right} />
                  </tr>
                ))}
              </tbody>
            </Table>
          ))}
        </div>
      ))}
    </div>
  );
}
