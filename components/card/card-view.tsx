import type { ReactNode } from "react";
import type { CardRevisionDto } from "@/lib/dal/cards/latest-card";
import { STORED_CARD_SECTIONS } from "@/lib/domain/card-content";
import { formatDate, isoDate } from "@/components/shared/format";
import { CardField } from "./card-fields";
import { CardSummary, type CardSummaryData } from "./card-summary";

/**
 * Read-only TRL Card: the derived summary block, then the stored sections in the card's reading
 * order (STORED_CARD_SECTIONS). Headings start at h3: the page gives the card its h2.
 * `sectionFooter` adds something under a section (the review page's discussion of it).
 */
export function CardView({
  card,
  summary,
  sectionFooter,
}: {
  card: CardRevisionDto | null;
  summary: CardSummaryData;
  sectionFooter?: (key: string, title: string) => ReactNode;
}) {
  return (
    <div className="flex flex-col gap-6">
      {card ? (
        <p className="text-sm text-slate-700">
          Revision {card.number}
          {card.authorName ? ` by ${card.authorName}` : ""},{" "}
          <time dateTime={isoDate(card.createdAt)}>{formatDate(card.createdAt)}</time>
          {card.summary ? ` — ${card.summary}` : ""}
        </p>
      ) : (
        <p className="text-sm italic text-slate-700">The TRL Card has not been started yet.</p>
      )}
      <CardSummary
        data={summary}
        links={card?.content.links}
        coupledComponents={card?.content.coupledComponents ?? ""}
      />
      {card
        ? STORED_CARD_SECTIONS.map((section) => (
            <section key={section.key} aria-labelledby={`card-${section.key}`} className="flex flex-col gap-3">
              <h3 id={`card-${section.key}`} className="text-lg font-semibold text-slate-900">
                {section.title}
              </h3>
              {section.fields.map((f) => (
                <CardField key={f} content={card.content} field={f} multi={section.fields.length > 1} />
              ))}
              {sectionFooter?.(section.key, section.title)}
            </section>
          ))
        : null}
    </div>
  );
}
