import { STORED_CARD_SECTIONS, type CardContent } from "./card-content";
import { CARD_FIELD_LABELS } from "./card-diff";
import { phaseOf } from "./system-level";
import type {
  ComponentKind,
  Phase,
  ProjectStatus,
  RequirementKind,
  RequirementStatus,
  ReviewStatus,
} from "./vocabulary";

/**
 * The whole TRL Card as one plain snapshot (summary block, stored sections, requirements,
 * components and debriefs), and its exports: Markdown, JSON and the public SVG badge. Pure: the
 * DAL builds the snapshot; dates arrive as ISO strings.
 */
export type CardSnapshot = {
  project: {
    name: string;
    slug: string;
    /** "R02" */
    projectId: string;
    status: ProjectStatus;
    systemLevel: number | null;
    targetLevel: number | null;
    targetDate: string | null;
  };
  /** The revision shown; null when the card was never saved. */
  revision: { number: number; authorName: string | null; createdAt: string; summary: string } | null;
  content: CardContent;
  owners: string[];
  contributors: string[];
  reviewers: string[];
  /** The card as it stood at each earlier level (see levelHistory). */
  levelHistory: LevelHistoryEntry[];
  ethics: EthicsCheckStatus;
  components: {
    name: string;
    kind: ComponentKind;
    status: "active" | "archived";
    level: number;
    /** A pending claim: the export says "L0 (claimed L7, unconfirmed)". */
    claimedLevel?: number | null;
    versions: { code: string; model: string; data: string };
  }[];
  requirements: { number: number; kind: RequirementKind; statement: string; status: RequirementStatus; risk: number }[];
  debriefs: {
    level: number;
    status: ReviewStatus;
    decidedAt: string | null;
    answers: { label: string; answer: string }[];
  }[];
};

/** "R02.7": the project ID and the card revision. */
export function cardId(projectId: string, revision: number | null | undefined): string {
  return revision ? `${projectId}.${revision}` : projectId;
}

// ---------------------------------------------------------------------------------------------
// Cards at earlier levels

export type LevelHistoryEntry = { level: number; revision: number };

/**
 * The card as it stood at each earlier level: for every level below the current one, the last
 * revision written while the system was at that level — the card the level's review judged or
 * would have judged. Levels at or above the current one are left out (after a switchback the
 * system is back below them, so they are not "earlier"), as are revisions written while the system
 * had no level. Without a current level every level counts as earlier.
 */
export function levelHistory(
  revisions: readonly { number: number; systemLevel: number | null }[],
  currentLevel: number | null,
): LevelHistoryEntry[] {
  const last = new Map<number, number>();
  for (const r of revisions) {
    if (r.systemLevel === null || (currentLevel !== null && r.systemLevel >= currentLevel)) continue;
    last.set(r.systemLevel, Math.max(last.get(r.systemLevel) ?? 0, r.number));
  }
  return [...last.entries()].sort(([a], [b]) => a - b).map(([level, revision]) => ({ level, revision }));
}

// ---------------------------------------------------------------------------------------------
// Ethics-check status (of the latest review)

export type EthicsCheckStatus =
  | { state: "none" }
  | {
      state: "complete" | "incomplete";
      reviewLevel: number;
      reviewStatus: ReviewStatus;
      answered: number;
      total: number;
      templateVersion: number;
    };

export function ethicsStatusLabel(s: EthicsCheckStatus): string {
  if (s.state === "none") return "No review yet";
  const of = `${s.answered} of ${s.total} items answered with a note, checklist version ${s.templateVersion}`;
  return `${s.state === "complete" ? "Complete" : "Incomplete"} on the level ${s.reviewLevel} review (${s.reviewStatus}): ${of}`;
}

// ---------------------------------------------------------------------------------------------
// Markdown

const inline = (s: string) => s.replace(/\s*\n\s*/g, " ").replace(/([\\`*_[\]|<>])/g, "\\$1");
const block = (s: string, empty = "_Not written yet._") => (s.trim() ? s.trim() : empty);
/** A link only for http(s) URLs (stored text is not trusted); <…> keeps spaces and brackets intact. */
const mdLink = (label: string, url: string) =>
  /^https?:\/\/[^\s<>]+$/i.test(url.trim()) ? ` · [${label}](<${url.trim()}>)` : "";
const levelText = (l: number | null) => (l === null ? "— (no active components)" : `L${l}`);

function dataSourcesTable(sources: CardContent["dataSources"]): string {
  if (sources.length === 0) return "_No data sources listed yet._";
  const head = "| Dataset | Version | Owner | Datasheet |\n| --- | --- | --- | --- |";
  return [
    head,
    ...sources.map(
      (d) => `| ${[d.name, d.version, d.owner, d.datasheetUrl].map((x) => inline(x) || "—").join(" | ")} |`,
    ),
  ].join("\n");
}

/** The card as one Markdown document: every section with its text, in the card's order. */
export function cardToMarkdown(card: CardSnapshot, opts: { baseUrl: string }): string {
  const p = card.project;
  const c = card.content;
  const url = `${opts.baseUrl}/projects/${p.slug}`;
  const out: string[] = [];
  out.push(`# TRL Card ${cardId(p.projectId, card.revision?.number)}: ${inline(p.name)}`);
  if (card.revision) {
    out.push(
      `_Revision ${card.revision.number}${card.revision.authorName ? ` by ${inline(card.revision.authorName)}` : ""}, ${card.revision.createdAt.slice(0, 10)}${card.revision.summary ? ` — ${inline(card.revision.summary)}` : ""}_`,
    );
  } else {
    out.push("_The TRL Card has not been started yet._");
  }

  out.push("## Summary");
  const summary = [
    `- **Name:** ${inline(p.name)}`,
    `- **Project ID:** ${cardId(p.projectId, card.revision?.number)}`,
    `- **Current level:** ${levelText(p.systemLevel)}`,
    `- **Cards at earlier levels:** ${card.levelHistory.length ? card.levelHistory.map((h) => `[L${h.level} (revision ${h.revision})](${url}/card?revision=${h.revision})`).join(", ") : "none"}`,
    `- **Owners:** ${card.owners.map(inline).join(", ") || "—"}`,
    `- **Contributors:** ${card.contributors.map(inline).join(", ") || "—"}`,
    `- **Reviewers so far:** ${card.reviewers.map(inline).join(", ") || "none yet"}`,
    `- **Status:** ${p.status}`,
    `- **Target level:** ${p.targetLevel === null ? "—" : `L${p.targetLevel}${p.targetDate ? ` by ${p.targetDate.slice(0, 10)}` : ""}`}`,
    `- **Links:** [project page](${url}) · [requirements](${url}/requirements)` +
      mdLink("external project page", c.links.project) +
      mdLink("requirements document", c.links.requirements) +
      mdLink("code", c.links.code),
    `- **Ethics check:** ${inline(ethicsStatusLabel(card.ethics))}`,
    `- **Coupled components:** ${c.coupledComponents.trim() ? inline(c.coupledComponents) : "none listed"}`,
  ];
  out.push(summary.join("\n"));

  out.push("### Components and versions");
  out.push(
    card.components.length === 0
      ? "_No components yet._"
      : [
          "| Component | Kind | Level | Code | Model | Data | Status |",
          "| --- | --- | --- | --- | --- | --- | --- |",
          ...card.components.map(
            (k) =>
              `| ${inline(k.name)} | ${k.kind} | L${k.level}${k.claimedLevel ? ` (claimed L${k.claimedLevel}, unconfirmed)` : ""} | ${k.versions.code} | ${k.versions.model} | ${k.versions.data} | ${k.status} |`,
          ),
        ].join("\n"),
  );

  const [tldr, ...rest] = STORED_CARD_SECTIONS;
  const section = (s: (typeof STORED_CARD_SECTIONS)[number]) => {
    out.push(`## ${s.title}`);
    for (const f of s.fields) {
      if (s.fields.length > 1) out.push(`### ${CARD_FIELD_LABELS[f]}`);
      out.push(f === "dataSources" ? dataSourcesTable(c.dataSources) : block(c[f] as string));
    }
  };
  if (tldr) section(tldr);

  out.push("## Requirements");
  out.push(
    card.requirements.length === 0
      ? "_No requirements yet._"
      : card.requirements
          .map(
            (r) =>
              `${r.number}. **R${r.number}** (${r.kind}, ${r.status}, risk ${r.risk.toFixed(2)}): ${inline(r.statement)}`,
          )
          .join("\n"),
  );

  for (const s of rest) section(s);

  out.push("## Stage debriefs");
  if (card.debriefs.length === 0) out.push("_No debriefs recorded yet._");
  for (const d of card.debriefs) {
    out.push(`### Level ${d.level} review (${d.status}${d.decidedAt ? `, ${d.decidedAt.slice(0, 10)}` : ""})`);
    out.push(d.answers.map((a) => `- **${inline(a.label)}** ${inline(a.answer)}`).join("\n"));
  }
  return `${out.join("\n\n")}\n`;
}

// ---------------------------------------------------------------------------------------------
// JSON

export const CARD_JSON_FORMAT = "mltrl-trl-card/1";

/** The card as JSON: the snapshot itself with its ID and a format tag for consumers. */
export function cardToJson(card: CardSnapshot, opts: { baseUrl: string }) {
  return {
    format: CARD_JSON_FORMAT,
    cardId: cardId(card.project.projectId, card.revision?.number),
    url: `${opts.baseUrl}/projects/${card.project.slug}/card`,
    ...card,
  };
}

// ---------------------------------------------------------------------------------------------
// Badge

/** Darker shades of the phase colours, so white text keeps at least 4.5:1 contrast. */
export const BADGE_COLOURS: Record<Phase, string> = {
  research: "#b91c1c",
  prototyping: "#c2410c",
  productization: "#a16207",
  deployment: "#15803d",
};
const GREY = "#4b5563";

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
/** Verdana 11px averages about 7 px per character; good enough for a badge's width. */
const textWidth = (s: string) => Math.round(s.length * 7 + 12);

/**
 * "MLTRL | 4" as an SVG badge for READMEs, coloured by phase. It carries the level only — never
 * the project's name or any card text — because it is served without a session.
 */
export function badgeSvg(input: { level: number | null } | { notFound: true }): string {
  const found = !("notFound" in input);
  const level = found ? input.level : null;
  const phase = level === null ? null : phaseOf(level);
  const value = !found ? "unknown project" : level === null ? "—" : String(level);
  const colour = phase ? BADGE_COLOURS[phase] : GREY;
  const title = !found
    ? "MLTRL: unknown project"
    : level === null
      ? "MLTRL: no level yet"
      : `MLTRL level ${level} (${phase})`;
  const lw = textWidth("MLTRL");
  const rw = textWidth(value);
  const w = lw + rw;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#374151"/><rect x="${lw}" width="${rw}" height="20" fill="${colour}"/></g>`,
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,Geneva,sans-serif" font-size="11">`,
    `<text x="${lw / 2}" y="14">MLTRL</text><text x="${lw + rw / 2}" y="14">${escapeXml(value)}</text>`,
    `</g></svg>`,
  ].join("");
}
