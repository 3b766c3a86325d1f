"use client";

import type { CardContent } from "@/lib/domain/card-content";
import { sectionFields, type EditableCardSection } from "@/lib/domain/card-diff";
import { CardField, DataSourcesTable, type StoredField } from "./card-fields";
import { Markdown } from "./markdown";

/** Read view of one section inside the editor (the same rendering as the card). */
export function SectionReadView({ content, section }: { content: CardContent; section: EditableCardSection }) {
  if (section === "summary") {
    const l = content.links;
    return (
      <div className="flex flex-col gap-2 text-sm">
        <p>
          Code: {l.code || "—"} · External project page: {l.project || "—"} · Requirements document:{" "}
          {l.requirements || "—"}
        </p>
        <Markdown text={content.coupledComponents} empty="No coupled components listed." />
      </div>
    );
  }
  const fields = sectionFields(section);
  return (
    <div className="flex flex-col gap-3">
      {fields.map((f) =>
        f === "dataSources" ? (
          <DataSourcesTable key={f} sources={content.dataSources} />
        ) : (
          <CardField key={f} content={content} field={f as StoredField} multi={fields.length > 1} headingLevel="h3" />
        ),
      )}
    </div>
  );
}
