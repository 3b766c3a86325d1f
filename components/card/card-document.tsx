import Link from "next/link";
import type { CardPageDto } from "@/lib/dal/cards/read-card-page";
import { STORED_CARD_SECTIONS } from "@/lib/domain/card-content";
import { cardId, ethicsStatusLabel } from "@/lib/domain/card-export";
import { CARD_SECTION_LABELS, type CardSection } from "@/lib/domain/vocabulary";
import { ClaimBadge, ProjectStatusBadge, ReviewStatusBadge } from "@/components/shared/badges";
import { formatDate } from "@/components/shared/format";
import { COMPONENT_KIND_LABELS, REQUIREMENT_KIND_LABELS, REQUIREMENT_STATUS_LABELS } from "@/components/shared/labels";
import { LevelPill } from "@/components/shared/level-pill";
import { formatRisk } from "@/components/requirements/format";
import { Badge } from "@/components/ui/badge";
import { CardField } from "./card-fields";
import { Markdown } from "./markdown";
import { safeHref } from "@/components/ui/safe-href";
import { ColumnHeader, RowHeader, Table, TableHead } from "@/components/ui/table";

/**
 * The whole TRL Card, in the paper's order: summary block, TL;DR, the numbered "shall"
 * requirements, model information, uses, testing status, data considerations, caveats and the
 * stage debriefs. Sections the current level's review needs are marked (filled or missing).
 * Headings: the page's h1 names the card, sections are h2, sub-fields h3.
 */
export function SectionMark({
  page,
  section,
}: {
  page: Pick<CardPageDto, "requiredSections" | "filledSections" | "requiredFrom" | "snapshot">;
  section: CardSection;
}) {
  const level = page.snapshot.project.systemLevel;
  if (page.requiredSections.includes(section)) {
    return page.filledSections.includes(section) ? (
      <Badge tone="green">Required for the L{level} review · filled</Badge>
    ) : (
      <Badge tone="amber">Required for the L{level} review · missing</Badge>
    );
  }
  const from = page.requiredFrom[section];
  return from !== undefined && (level === null || from > level) ? <Badge>Required from L{from}</Badge> : null;
}

function SectionHeading({ page, section, title }: { page: CardPageDto; section: CardSection; title?: string }) {
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 pb-1">
      <h2 id={`card-${section}`} className="text-xl font-semibold text-slate-900">
        {title ?? CARD_SECTION_LABELS[section]}
      </h2>
      <SectionMark page={page} section={section} />
    </div>
  );
}

function ExternalLink({ label, url }: { label: string; url: string }) {
  const href = safeHref(url);
  if (!href) return null;
  return (
    <li>
      <a href={href} className="break-all text-blue-700 underline" rel="noopener noreferrer">
        {label}
      </a>
    </li>
  );
}

function Summary({ page }: { page: CardPageDto }) {
  const s = page.snapshot;
  const p = s.project;
  const base = `/projects/${p.slug}`;
  const row = (label: string, value: React.ReactNode) => (
    <>
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd className="min-w-0 text-slate-900">{value}</dd>
    </>
  );
  return (
    <section aria-labelledby="card-summary" className="flex flex-col gap-3">
      <SectionHeading page={page} section="summary" />
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_minmax(0,1fr)]">
        {row("Name", p.name)}
        {row("Project ID", <span className="font-mono">{cardId(p.projectId, s.revision?.number)}</span>)}
        {row(
          "Current level",
          <div className="flex flex-col items-start gap-1">
            <LevelPill level={p.systemLevel} detail />
            {s.levelHistory.length > 0 ? (
              <p>
                Card at earlier levels:{" "}
                {s.levelHistory.map((h, i) => (
                  <span key={h.revision}>
                    {i > 0 ? ", " : null}
                    <Link href={`${base}/card?revision=${h.revision}`} className="text-blue-700 underline">
                      L{h.level}
                      <span className="sr-only"> (revision {h.revision})</span>
                    </Link>
                  </span>
                ))}
              </p>
            ) : null}
          </div>,
        )}
        {row("Owners", s.owners.join(", ") || "—")}
        {row("Contributors", s.contributors.join(", ") || "—")}
        {row("Reviewers so far", s.reviewers.join(", ") || "None yet")}
        {row("Status", <ProjectStatusBadge status={p.status} />)}
        {row(
          "Target level",
          p.targetLevel === null
            ? "—"
            : `L${p.targetLevel}${p.targetDate ? ` by ${formatDate(new Date(p.targetDate))}` : ""}`,
        )}
        {row(
          "Links",
          <ul className="flex flex-col gap-1">
            <li>
              <Link href={base} className="text-blue-700 underline">
                Project page
              </Link>
            </li>
            <li>
              <Link href={`${base}/requirements`} className="text-blue-700 underline">
                Requirements and risks
              </Link>
            </li>
            <ExternalLink label="External project page" url={s.content.links.project} />
            <ExternalLink label="Requirements document" url={s.content.links.requirements} />
            <ExternalLink label="Code" url={s.content.links.code} />
          </ul>,
        )}
        {row("Ethics check", ethicsStatusLabel(s.ethics))}
        {row("Coupled components", <Markdown text={s.content.coupledComponents} empty="None listed." />)}
      </dl>
      <h3 className="text-base font-semibold text-slate-900">Components and versions</h3>
      {s.components.length === 0 ? (
        <p className="text-sm italic text-slate-600">No components yet.</p>
      ) : (
        <Table
          region="Components and versions"
          caption="Components with their level and semantic versions of code, model and data"
        >
          <TableHead>
            <ColumnHeader>Component</ColumnHeader>
            <ColumnHeader>Level</ColumnHeader>
            <ColumnHeader>Code</ColumnHeader>
            <ColumnHeader>Model</ColumnHeader>
            <ColumnHeader last>Data</ColumnHeader>
          </TableHead>
          <tbody>
            {s.components.map((c) => (
              <tr key={c.name} className="border-b border-slate-200 align-top">
                <RowHeader>
                  <span className={c.status === "archived" ? "line-through" : undefined}>{c.name}</span>{" "}
                  <span className="font-normal text-slate-700">
                    ({COMPONENT_KIND_LABELS[c.kind]}
                    {c.status === "archived" ? ", archived" : ""})
                  </span>
                </RowHeader>
                <td className="py-2 pr-3">
                  <LevelPill level={c.level} />
                  {c.claimedLevel ? (
                    <>
                      {" "}
                      <ClaimBadge claimedLevel={c.claimedLevel} />
                    </>
                  ) : null}
                </td>
                <td className="py-2 pr-3 font-mono">{c.versions.code}</td>
                <td className="py-2 pr-3 font-mono">{c.versions.model}</td>
                <td className="py-2 font-mono">{c.versions.data}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

function Requirements({ page }: { page: CardPageDto }) {
  const reqs = page.snapshot.requirements;
  return (
    <section aria-labelledby="card-requirements" className="flex flex-col gap-3">
      <SectionHeading page={page} section="requirements" title="Top-level requirements" />
      {reqs.length === 0 ? (
        <p className="text-sm italic text-slate-600">No requirements yet.</p>
      ) : (
        <ol className="flex flex-col gap-2 text-sm">
          {reqs.map((r) => (
            <li key={r.number} className="grid grid-cols-[2.5rem_minmax(0,1fr)] gap-x-2">
              <span className="font-mono font-semibold">R{r.number}</span>
              <div className="min-w-0">
                <p className="break-words">{r.statement}</p>
                <p className="text-xs text-slate-700">
                  {REQUIREMENT_KIND_LABELS[r.kind]} · {REQUIREMENT_STATUS_LABELS[r.status]} · risk {formatRisk(r.risk)}
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Debriefs({ page }: { page: CardPageDto }) {
  const list = page.snapshot.debriefs;
  return (
    <section aria-labelledby="card-debriefs" className="flex flex-col gap-3">
      <SectionHeading page={page} section="debriefs" />
      {list.length === 0 ? <p className="text-sm italic text-slate-600">No debriefs recorded yet.</p> : null}
      {list.map((d, i) => (
        <div key={i} className="flex flex-col gap-2">
          <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-900">
            Level {d.level} review <ReviewStatusBadge status={d.status} />
            {d.decidedAt ? (
              <span className="text-sm font-normal text-slate-700">{formatDate(new Date(d.decidedAt))}</span>
            ) : null}
          </h3>
          <dl className="grid gap-1 text-sm">
            {d.answers.map((a) => (
              <div key={a.label}>
                <dt className="font-medium text-slate-700">{a.label}</dt>
                <dd className="break-words text-slate-900">{a.answer}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}

export function CardDocument({ page }: { page: CardPageDto }) {
  const content = page.snapshot.content;
  const [tldr, ...rest] = STORED_CARD_SECTIONS;
  const stored = (s: (typeof STORED_CARD_SECTIONS)[number]) => (
    <section key={s.key} aria-labelledby={`card-${s.key}`} className="flex flex-col gap-3">
      <SectionHeading page={page} section={s.key} title={s.title} />
      {s.fields.map((f) => (
        <CardField key={f} content={content} field={f} multi={s.fields.length > 1} headingLevel="h3" />
      ))}
    </section>
  );
  return (
    <div className="flex flex-col gap-8">
      <Summary page={page} />
      {tldr ? stored(tldr) : null}
      <Requirements page={page} />
      {rest.map(stored)}
      <Debriefs page={page} />
    </div>
  );
}
