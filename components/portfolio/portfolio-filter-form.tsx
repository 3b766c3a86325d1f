"use client";

import Link from "next/link";
import { useState } from "react";
import { cx } from "@/components/ui/cx";
import { buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { PROJECT_STATUS_LABELS } from "@/components/shared/labels";
import type { PortfolioOptionsDto } from "@/lib/dal/portfolio/read-portfolio";
import {
  DEFAULT_DIR,
  DEFAULT_FILTERS,
  hasActiveFilters,
  portfolioSearch,
  type PortfolioFilters,
} from "@/lib/search-params/portfolio-filters";
import { PROJECT_STATUSES } from "@/lib/domain/vocabulary";

const LEVEL_OPTIONS = [
  ...Array.from({ length: 10 }, (_, l) => ({ value: String(l), label: `L${l}` })),
  { value: "none", label: "No level" },
];

/** Shortcuts a manager uses most; each is an ordinary shareable link. */
const PRESETS: { label: string; change: Partial<PortfolioFilters> }[] = [
  { label: "Stuck at L4 for more than 90 days", change: { levels: [4], stuckDays: 90 } },
  { label: "With an overdue review", change: { overdue: true } },
  { label: "Valley of death (L4–L6)", change: { levels: [4, 5, 6], statuses: ["active"] } },
  { label: "Paused", change: { statuses: ["paused"] } },
];

function Check({ name, value, label, checked }: { name: string; value: string; label: string; checked: boolean }) {
  const id = `f-${name}-${value}`;
  return (
    <label htmlFor={id} className="flex min-h-9 items-center gap-1.5 text-sm text-slate-900">
      <input
        id={id}
        type="checkbox"
        name={name}
        value={value}
        defaultChecked={checked}
        className="size-4 accent-blue-700"
      />
      {label}
    </label>
  );
}

/**
 * A plain GET form: filters work without JavaScript and end up in the URL, so every view can be
 * bookmarked and shared. Changing a filter starts again at page 1; the sort is kept.
 * A client component only so that the RSC payload carries its props (filters, tag list) rather
 * than its element tree; it has no state of its own.
 */
export function PortfolioFilterForm({ filters, options }: { filters: PortfolioFilters; options: PortfolioOptionsDto }) {
  const tagOptions = [
    { value: "", label: "Any tag" },
    ...options.tags.map((t) => ({ value: t.tag, label: `${t.tag} (${t.projects})` })),
  ];
  if (filters.tag && !options.tags.some((t) => t.tag === filters.tag))
    tagOptions.push({ value: filters.tag, label: filters.tag });
  const active = hasActiveFilters(filters);
  // On a phone the form folds away unless filters are applied; from lg up it is always shown.
  const [open, setOpen] = useState(active);
  const current = portfolioSearch({ ...filters, page: 1 });
  return (
    <div className="flex flex-col gap-3">
      <nav aria-label="Saved views" className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-700">Quick views:</span>
        {PRESETS.map((p) => {
          const search = portfolioSearch(
            { ...DEFAULT_FILTERS, sort: filters.sort, dir: filters.dir },
            { ...p.change, page: 1 },
          );
          return (
            <Link
              prefetch={false}
              key={p.label}
              href={`/portfolio${search}`}
              aria-current={search === current ? "page" : undefined}
              className="rounded-full border border-slate-300 bg-white px-3 py-1 text-blue-800 hover:bg-blue-50 aria-[current=page]:border-blue-700 aria-[current=page]:bg-blue-50 aria-[current=page]:font-semibold"
            >
              {p.label}
            </Link>
          );
        })}
      </nav>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="portfolio-filters"
        onClick={() => setOpen(!open)}
        className={cx(buttonClasses({ variant: "secondary", size: "sm" }), "self-start lg:hidden")}
      >
        Filters{active ? " (applied)" : ""}
        <span aria-hidden="true" className={cx("ml-2 inline-block text-xs", open && "rotate-180")}>
          ▼
        </span>
      </button>
      {/* Keyed by the applied filters: after a quick view (a client navigation) the fields show what it applied,
          since uncontrolled fields keep their first defaultValue otherwise. */}
      <form
        id="portfolio-filters"
        key={current}
        role="search"
        aria-label="Filter the portfolio"
        method="get"
        action="/portfolio"
        className={cx("rounded-lg border border-slate-200 bg-white p-4 shadow-sm", !open && "max-lg:hidden")}
      >
        {filters.sort !== "id" ? <input type="hidden" name="sort" value={filters.sort} /> : null}
        {filters.dir !== DEFAULT_DIR[filters.sort] ? <input type="hidden" name="dir" value={filters.dir} /> : null}
        <div className="grid gap-4 md:grid-cols-3">
          <div>
            <Label htmlFor="f-q">Name, slug, tag or ID</Label>
            <Input
              id="f-q"
              type="search"
              name="q"
              defaultValue={filters.q}
              maxLength={100}
              placeholder="e.g. triage, R12"
            />
          </div>
          <div>
            <Label htmlFor="f-owner">Owner (name or email)</Label>
            <Input
              id="f-owner"
              type="search"
              name="owner"
              defaultValue={filters.owner ?? ""}
              maxLength={100}
              autoComplete="off"
              placeholder="e.g. Okafor"
            />
          </div>
          <div>
            <Label htmlFor="f-tag">Tag or team</Label>
            <Select id="f-tag" name="tag" defaultValue={filters.tag ?? ""} options={tagOptions} />
          </div>
          <fieldset className="md:col-span-2">
            <legend className="mb-1 text-sm font-medium text-slate-800">System level</legend>
            <div className="flex flex-wrap gap-x-3">
              {LEVEL_OPTIONS.map((o) => (
                <Check
                  key={o.value}
                  name="level"
                  value={o.value}
                  label={o.label}
                  checked={filters.levels.includes(o.value === "none" ? -1 : Number(o.value))}
                />
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend className="mb-1 text-sm font-medium text-slate-800">Status</legend>
            <div className="flex flex-wrap gap-x-3">
              {PROJECT_STATUSES.map((s) => (
                <Check
                  key={s}
                  name="status"
                  value={s}
                  label={PROJECT_STATUS_LABELS[s]}
                  checked={filters.statuses.includes(s)}
                />
              ))}
            </div>
          </fieldset>
          <div>
            <Label htmlFor="f-stuck">Stuck at its level for more than (days)</Label>
            <Input
              id="f-stuck"
              type="number"
              name="stuck"
              inputMode="numeric"
              min={1}
              max={3650}
              defaultValue={filters.stuckDays ?? ""}
              placeholder="e.g. 90"
            />
          </div>
          <div className="flex flex-col justify-end">
            <Check name="overdue" value="1" label="Has an overdue review" checked={filters.overdue} />
            <Check name="stopped" value="1" label="Include stopped projects" checked={filters.includeStopped} />
          </div>
          <div className="flex items-end gap-2">
            <button type="submit" className={buttonClasses({ size: "md" })}>
              Apply filters
            </button>
            {active ? (
              <Link
                prefetch={false}
                href={`/portfolio${portfolioSearch(DEFAULT_FILTERS, { sort: filters.sort, dir: filters.dir })}`}
                className={buttonClasses({ variant: "ghost" })}
              >
                Clear
              </Link>
            ) : null}
          </div>
        </div>
      </form>
    </div>
  );
}
