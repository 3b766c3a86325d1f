import Link from "next/link";
import type { ReactNode } from "react";
import { cx } from "./cx";
import { ScrollRegion } from "./scroll-region";

/**
 * One data table for the app: a caption (hidden unless styled), `scope` on every header cell, and
 * an optional sideways-scroll wrapper, so a wide table never breaks a phone layout.
 *
 * Parts: `Table` > `TableHead` (its one header row) of `ColumnHeader`s, then a plain `<tbody>` whose
 * rows start with a `RowHeader`. Body cells stay plain `<td>`s: their styles differ per column.
 * `className` adds to a part's default look; `bare` drops it, for the few tables with a look of their
 * own (no class-merging dependency, so two classes for the same property would clash).
 */

const LAYOUTS = {
  /** Rows of records, left aligned, full width. */
  list: "w-full text-left text-sm",
  /** Two texts side by side in equal columns (diffs). */
  fixed: "w-full table-fixed text-left",
  /** A compact grid of centred cells (the risk matrix). */
  grid: "border-separate border-spacing-0.5 text-center text-sm",
};

/** The caption as a visible title above the table (otherwise it is for screen readers only). */
export const CAPTION_TITLE = "py-2 text-left text-base font-semibold text-slate-900";

export function Table({
  caption,
  captionClassName = "sr-only",
  layout = "list",
  className,
  region,
  regionClassName,
  scroll = false,
  children,
}: {
  /** Names the table for screen readers. Only user-written Markdown tables pass null: they have none. */
  caption: ReactNode;
  captionClassName?: string;
  layout?: keyof typeof LAYOUTS;
  className?: string;
  /** Wraps the table in a named, keyboard-focusable region that scrolls sideways. */
  region?: string;
  regionClassName?: string;
  /** Scrolls sideways without a landmark (tables inside a disclosure or a message). */
  scroll?: boolean;
  children: ReactNode;
}) {
  const table = (
    <table className={cx(LAYOUTS[layout], className)}>
      {caption === null ? null : <caption className={captionClassName}>{caption}</caption>}
      {children}
    </table>
  );
  if (region !== undefined) {
    return (
      <ScrollRegion label={region} className={regionClassName}>
        {table}
      </ScrollRegion>
    );
  }
  return scroll ? <div className="relative overflow-x-auto">{table}</div> : table;
}

const HEAD_ROW = "border-b border-slate-300 text-xs uppercase tracking-wide text-slate-600";

/** The header row: small capitals over a rule. */
export function TableHead({
  className,
  bare = false,
  children,
}: {
  className?: string;
  bare?: boolean;
  children: ReactNode;
}) {
  return (
    <thead>
      <tr className={cx(!bare && HEAD_ROW, className) || undefined}>{children}</tr>
    </thead>
  );
}

export type SortState = {
  /** Where activating the header goes: the same list sorted by this column (or reversed). */
  href: string;
  /** This column's order when the list is sorted by it, else null. */
  direction: "ascending" | "descending" | null;
  prefetch?: boolean;
};

/**
 * A column header (`scope="col"`). With `sort`, the header is a link that sorts by its column; it
 * carries `aria-sort`, an arrow, and words for screen readers. `last` drops the right padding.
 */
export function ColumnHeader({
  className,
  bare = false,
  last = false,
  sort,
  children,
}: {
  className?: string;
  bare?: boolean;
  last?: boolean;
  sort?: SortState;
  children: ReactNode;
}) {
  const base = bare ? null : cx("py-2 font-semibold", !last && "pr-3");
  return (
    <th scope="col" aria-sort={sort?.direction ?? undefined} className={cx(base, className) || undefined}>
      {sort ? <SortLink sort={sort}>{children}</SortLink> : children}
    </th>
  );
}

function SortLink({ sort, children }: { sort: SortState; children: ReactNode }) {
  const { direction } = sort;
  return (
    <Link
      prefetch={sort.prefetch}
      href={sort.href}
      className="inline-flex items-center gap-1 underline-offset-2 hover:underline"
    >
      {children}
      <span aria-hidden="true">{direction === null ? "↕" : direction === "ascending" ? "▲" : "▼"}</span>
      <span className="sr-only">
        {direction === null ? ", activate to sort" : `, sorted ${direction}; activate to reverse`}
      </span>
    </Link>
  );
}

/** The cell that names its row (`scope="row"`), usually the first. */
export function RowHeader({
  className,
  bare = false,
  children,
}: {
  className?: string;
  bare?: boolean;
  children: ReactNode;
}) {
  return (
    <th scope="row" className={cx(!bare && "py-2 pr-3 font-medium", className) || undefined}>
      {children}
    </th>
  );
}
