import type { CardContent, DataSource } from "./card-content";
import { CARD_FIELD_LABELS, EDITABLE_CARD_SECTIONS, sectionFields, type EditableCardSection } from "./card-diff";
import { accept, listOf, reason, refuse, type Decision } from "./decision";

/**
 * One TRL Card section as a single Markdown text, and back (the REST API and the CLI's card file).
 * A one-field section is its text. A section of several fields has a `### <field>` sub-heading per
 * field, in order; data sources are lines `- name | version | owner | datasheet URL`; links are
 * lines `- Code: <url>`. Parsing what was rendered gives the same value back (round trip).
 */

type Field = keyof CardContent;

const LINK_LABELS = { code: "Code", project: "Project page", requirements: "Requirements" } as const;

function fieldToMarkdown(content: CardContent, field: Field): string {
  const v = content[field];
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return v.map((d) => `- ${[d.name, d.version, d.owner, d.datasheetUrl].join(" | ")}`).join("\n");
  return (Object.keys(LINK_LABELS) as (keyof typeof LINK_LABELS)[])
    .map((k) => `- ${LINK_LABELS[k]}: ${v[k]}`)
    .join("\n");
}

export function sectionToMarkdown(content: CardContent, section: EditableCardSection): string {
  const fields = sectionFields(section);
  if (fields.length === 1) return fieldToMarkdown(content, fields[0]!);
  return fields.map((f) => `### ${CARD_FIELD_LABELS[f]}\n\n${fieldToMarkdown(content, f)}`.trimEnd()).join("\n\n");
}

export const CARD_SECTION_KEYS = EDITABLE_CARD_SECTIONS.map((s) => s.key);

function parseDataSources(text: string): DataSource[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("- "))
    .map((line) => {
      const [name = "", version = "", owner = "", datasheetUrl = ""] = line
        .slice(2)
        .split("|")
        .map((part) => part.trim());
      return { name, version, owner, datasheetUrl };
    });
}

function parseLinks(text: string): CardContent["links"] {
  const links = { code: "", project: "", requirements: "" };
  for (const line of text.split("\n")) {
    for (const [key, label] of Object.entries(LINK_LABELS) as [keyof typeof LINK_LABELS, string][]) {
      const prefix = `- ${label}:`;
      if (line.trim().startsWith(prefix)) links[key] = line.trim().slice(prefix.length).trim();
    }
  }
  return links;
}

const tidy = (text: string) => text.replace(/^\n+/, "").replace(/\s+$/, "");

/** The section's value from its Markdown text, or why the text does not fit the section. */
export function markdownToSection(section: EditableCardSection, body: string): Decision<Partial<CardContent>> {
  const text = body.replace(/\r\n?/g, "\n");
  const fields = sectionFields(section);
  if (fields.length === 1) return accept({ [fields[0]!]: tidy(text) });
  const headings = fields.map((f) => `### ${CARD_FIELD_LABELS[f]}`);
  const lines = text.split("\n");
  const at = headings.map((h) => lines.findIndex((line) => line.trimEnd() === h));
  const inOrder = at.every((i, n) => i >= 0 && (n === 0 || i > at[n - 1]!));
  if (!inOrder) {
    return refuse([
      reason(
        "card_section_headings",
        `Keep the sub-headings ${listOf(
          headings.map((h) => `"${h}"`),
          "and",
        )}, in this order.`,
        "body",
      ),
    ]);
  }
  const value: Record<string, unknown> = {};
  fields.forEach((f, n) => {
    const part = tidy(lines.slice(at[n]! + 1, n + 1 < at.length ? at[n + 1] : lines.length).join("\n"));
    value[f] = f === "dataSources" ? parseDataSources(part) : f === "links" ? parseLinks(part) : part;
  });
  return accept(value as Partial<CardContent>);
}
