import type { CardRevisionDto } from "@/lib/dal/cards";
import { STORED_CARD_SECTIONS, type CardContent, type DataSource } from "@/lib/domain/card-content";
import { formatDate, isoDate } from "@/components/projects/format";
import { CardSummary, type CardSummaryData } from "./card-summary";
import { PlainText } from "./plain-text";
import { safeHref } from "./safe-href";
import { ScrollRegion } from "./scroll-region";

type StoredField = (typeof STORED_CARD_SECTIONS)[number]["fields"][number];

/** Sub-headings for sections that hold more than one field. */
const FIELD_LABELS: Partial<Record<StoredField, string>> = {
  intendedUse: "Intended uses",
  unacceptableUse: "Unacceptable uses",
  dataFindings: "Findings",
  dataSources: "Data sources",
  trainingConditions: "Training conditions",
};

function DataSourcesTable({ sources }: { sources: DataSource[] }) {
  if (sources.length === 0) return <p className="text-sm italic text-slate-600">No data sources listed yet.</p>;
  return (
    <ScrollRegion label="Data sources table">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Data sources: dataset versions and datasheets</caption>
        <thead>
          <tr className="border-b border-slate-300 text-xs uppercase tracking-wide text-slate-600">
            <th scope="col" className="py-2 pr-3 font-semibold">Dataset</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Version</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Owner</th>
            <th scope="col" className="py-2 font-semibold">Datasheet</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((d, i) => {
            const href = safeHref(d.datasheetUrl);
            return (
              <tr key={i} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-3 font-medium text-slate-900">{d.name || "—"}</th>
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
      </table>
    </ScrollRegion>
  );
}

function Field({ content, field, multi }: { content: CardContent; field: StoredField; multi: boolean }) {
  const label = multi ? FIELD_LABELS[field] : undefined;
  const body =
    field === "dataSources" ? <DataSourcesTable sources={content.dataSources} /> : <PlainText text={content[field]} />;
  if (!label) return body;
  return (
    <div className="flex flex-col gap-2">
      <h4 className="text-sm font-semibold text-slate-800">{label}</h4>
      {body}
    </div>
  );
}

/**
 * Read-only TRL Card: the derived summary block, then the stored sections in the card's reading
 * order (STORED_CARD_SECTIONS). Headings start at h3: the page gives the card its h2.
 */
export function CardView({ card, summary }: { card: CardRevisionDto | null; summary: CardSummaryData }) {
  return (
    <div className="flex flex-col gap-6">
      {card ? (
        <p className="text-sm text-slate-700">
          Revision {card.number}
          {card.authorName ? ` by ${card.authorName}` : ""}, <time dateTime={isoDate(card.createdAt)}>{formatDate(card.createdAt)}</time>
          {card.summary ? ` — ${card.summary}` : ""}
        </p>
      ) : (
        <p className="text-sm italic text-slate-700">The TRL Card has not been started yet.</p>
      )}
      <CardSummary data={summary} links={card?.content.links} coupledComponents={card?.content.coupledComponents ?? ""} />
      {card
        ? STORED_CARD_SECTIONS.map((section) => (
            <section key={section.key} aria-labelledby={`card-${section.key}`} className="flex flex-col gap-3">
              <h3 id={`card-${section.key}`} className="text-lg font-semibold text-slate-900">
                {section.title}
              </h3>
              {section.fields.map((f) => (
                <Field key={f} content={card.content} field={f} multi={section.fields.length > 1} />
              ))}
            </section>
          ))
        : null}
    </div>
  );
}
