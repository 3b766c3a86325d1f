import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getRequirementsPage } from "@/lib/dal/requirements/read-requirements";
import { bucketRange, inRiskCell, riskMatrix } from "@/lib/domain/risk-matrix";
import { REQUIREMENT_KINDS, REQUIREMENT_STATUSES, isOneOf } from "@/lib/domain/vocabulary";
import { ProjectPageHeader } from "@/components/card/project-subnav";
import { REQUIREMENT_KIND_LABELS, REQUIREMENT_STATUS_LABELS } from "@/components/shared/labels";
import { RequirementList } from "@/components/requirements/requirement-list";
import { RiskMatrix } from "@/components/requirements/risk-matrix";
import { Button, buttonClasses } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { safeParams } from "@/lib/route-params";
import { first, type SearchParams } from "@/lib/search-params/search-params";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<SearchParams>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getRequirementsPage({ slug: (await safeParams(params)).slug });
  return { title: page ? `Requirements · ${page.project.name}` : "Project not found" };
}

/** Filters live in the URL (kind, status, and the matrix cell p = probability band, v = value). */
function readFilters(sp: SearchParams) {
  const kind = first(sp.kind) ?? "";
  const status = first(sp.status) ?? "";
  const p = first(sp.p) ?? "";
  const v = first(sp.v) ?? "";
  const cell = /^\d$/.test(p) && /^([1-9]|10)$/.test(v) ? { bucket: Number(p), value: Number(v) } : null;
  return {
    kind: isOneOf(REQUIREMENT_KINDS, kind) ? kind : null,
    status: isOneOf(REQUIREMENT_STATUSES, status) ? status : null,
    cell,
  };
}

export default async function RequirementsPage({ params, searchParams }: Props) {
  const { slug } = await safeParams(params);
  const page = await getRequirementsPage({ slug });
  if (!page) notFound();
  const filters = readFilters(await safeParams(searchParams));
  const base = `/projects/${slug}/requirements`;
  const query = (
    patch: Partial<{ kind: string | null; status: string | null; p: number | null; v: number | null }>,
  ) => {
    const q = new URLSearchParams();
    const next = {
      kind: filters.kind,
      status: filters.status,
      p: filters.cell?.bucket ?? null,
      v: filters.cell?.value ?? null,
      ...patch,
    };
    for (const [k, val] of Object.entries(next)) if (val !== null && val !== undefined) q.set(k, String(val));
    const s = q.toString();
    return s ? `${base}?${s}` : base;
  };
  const byKindStatus = page.requirements.filter(
    (r) => (!filters.kind || r.kind === filters.kind) && (!filters.status || r.status === filters.status),
  );
  const listed = filters.cell ? byKindStatus.filter((r) => inRiskCell(r, filters.cell!)) : byKindStatus;
  const active = [
    filters.kind ? `kind ${REQUIREMENT_KIND_LABELS[filters.kind].toLowerCase()}` : "",
    filters.status ? `status ${REQUIREMENT_STATUS_LABELS[filters.status].toLowerCase()}` : "",
    filters.cell
      ? `probability of failure ${bucketRange(filters.cell.bucket).description} and value ${filters.cell.value}`
      : "",
  ].filter(Boolean);

  return (
    <div className="flex flex-col gap-6">
      <ProjectPageHeader
        slug={slug}
        projectName={page.project.name}
        projectId={page.project.projectId}
        title="Requirements and risk"
        current="requirements"
      >
        <ul className="flex flex-wrap gap-2">
          {page.canEdit ? (
            <li>
              <Link href={`${base}/new`} className={buttonClasses({ size: "sm" })}>
                Add a requirement
              </Link>
            </li>
          ) : null}
          <li>
            <a href={`${base}/export`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
              Export CSV
            </a>
          </li>
          {page.canEdit ? (
            <li>
              <Link href={`${base}/import`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
                Import CSV
              </Link>
            </li>
          ) : null}
        </ul>
      </ProjectPageHeader>

      <p className="max-w-prose text-sm text-slate-800">
        Risk = probability of failure × value (0–10): below 3 low, below 6 medium, 6 and above high. The card lists
        these requirements as its numbered “shall” statements.
      </p>

      <section aria-labelledby="matrix-heading" className="flex flex-col gap-3">
        <h2 id="matrix-heading" className="text-xl font-semibold text-slate-900">
          Risk matrix
        </h2>
        <RiskMatrix
          rows={riskMatrix(byKindStatus)}
          selected={filters.cell}
          hrefFor={(c) => `${query({ p: c.bucket, v: c.value })}#requirements-heading`}
        />
      </section>

      <section aria-labelledby="requirements-heading" className="flex flex-col gap-3">
        <h2 id="requirements-heading" className="text-xl font-semibold text-slate-900">
          Requirements ({listed.length}
          {listed.length !== page.requirements.length ? ` of ${page.requirements.length}` : ""})
        </h2>
        <form method="get" action={base} className="flex flex-wrap items-end gap-3" aria-label="Filter requirements">
          <div>
            <Label htmlFor="filter-kind">Kind</Label>
            <Select
              id="filter-kind"
              name="kind"
              defaultValue={filters.kind ?? ""}
              options={[
                { value: "", label: "Any kind" },
                ...REQUIREMENT_KINDS.map((k) => ({ value: k, label: REQUIREMENT_KIND_LABELS[k] })),
              ]}
            />
          </div>
          <div>
            <Label htmlFor="filter-status">Status</Label>
            <Select
              id="filter-status"
              name="status"
              defaultValue={filters.status ?? ""}
              options={[
                { value: "", label: "Any status" },
                ...REQUIREMENT_STATUSES.map((s) => ({ value: s, label: REQUIREMENT_STATUS_LABELS[s] })),
              ]}
            />
          </div>
          {filters.cell ? (
            <>
              <input type="hidden" name="p" value={filters.cell.bucket} />
              <input type="hidden" name="v" value={filters.cell.value} />
            </>
          ) : null}
          <Button type="submit" variant="secondary">
            Filter
          </Button>
        </form>
        {active.length > 0 ? (
          <p className="flex flex-wrap items-center gap-x-3 text-sm text-slate-800" role="status">
            <span>Showing requirements with {active.join("; ")}.</span>
            {filters.cell ? (
              <Link href={query({ p: null, v: null })} className="text-blue-700 underline">
                Clear the matrix cell
              </Link>
            ) : null}
            <Link href={base} className="text-blue-700 underline">
              Clear all filters
            </Link>
          </p>
        ) : null}
        {page.requirements.length === 0 ? (
          <p className="text-sm italic text-slate-700">
            No requirements yet.{page.canEdit ? " Add one, or import a CSV." : ""}
          </p>
        ) : listed.length === 0 ? (
          <p className="text-sm italic text-slate-700">No requirement matches these filters.</p>
        ) : (
          <RequirementList requirements={listed} slug={slug} canEdit={page.canEdit} canReport={page.canReport} />
        )}
      </section>
    </div>
  );
}
