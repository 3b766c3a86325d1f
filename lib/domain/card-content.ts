/**
 * The stored text of a TRL Card (one CardRevision.content). The summary block, the numbered
 * "shall" requirements and the stage debriefs are derived from the project, its requirements and
 * its reviews, so they are not stored here. Text fields are Markdown.
 */
export type DataSource = {
  name: string;
  version: string;
  owner: string;
  datasheetUrl: string;
};

export type CardContent = {
  tldr: string;
  modelInfo: string;
  intendedUse: string;
  unacceptableUse: string;
  testingStatus: string;
  dataFindings: string;
  dataSources: DataSource[];
  trainingConditions: string;
  caveats: string;
  links: { code: string; project: string; requirements: string };
  coupledComponents: string;
};

export const emptyCardContent: CardContent = {
  tldr: "",
  modelInfo: "",
  intendedUse: "",
  unacceptableUse: "",
  testingStatus: "",
  dataFindings: "",
  dataSources: [],
  trainingConditions: "",
  caveats: "",
  links: { code: "", project: "", requirements: "" },
  coupledComponents: "",
};

/** Stored sections, in the card's reading order, with the fields each one holds. */
export const STORED_CARD_SECTIONS = [
  { key: "tldr", title: "TL;DR", fields: ["tldr"] },
  { key: "model_info", title: "Model and algorithm", fields: ["modelInfo"] },
  { key: "intended_use", title: "Intended and unacceptable uses", fields: ["intendedUse", "unacceptableUse"] },
  { key: "testing_status", title: "Testing status", fields: ["testingStatus"] },
  {
    key: "data_considerations",
    title: "Data considerations",
    fields: ["dataFindings", "dataSources", "trainingConditions"],
  },
  { key: "caveats", title: "Caveats, edge cases, biases and recommendations", fields: ["caveats"] },
] as const satisfies readonly { key: string; title: string; fields: readonly (keyof CardContent)[] }[];

export type StoredCardSection = (typeof STORED_CARD_SECTIONS)[number]["key"];

function isFilled(value: CardContent[keyof CardContent]): boolean {
  if (typeof value === "string") return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return Object.values(value).some((v) => v.trim().length > 0);
}

/** A section counts as filled when every field it holds has content. */
export function filledCardSections(content: CardContent): StoredCardSection[] {
  return STORED_CARD_SECTIONS.filter((s) => s.fields.every((f) => isFilled(content[f]))).map((s) => s.key);
}

/** Reads stored JSON defensively: missing fields become empty, so old revisions still render. */
export function normaliseCardContent(raw: unknown): CardContent {
  const obj = (raw && typeof raw === "object" ? raw : {}) as Partial<Record<keyof CardContent, unknown>>;
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  const links = (obj.links && typeof obj.links === "object" ? obj.links : {}) as Record<string, unknown>;
  return {
    tldr: str(obj.tldr),
    modelInfo: str(obj.modelInfo),
    intendedUse: str(obj.intendedUse),
    unacceptableUse: str(obj.unacceptableUse),
    testingStatus: str(obj.testingStatus),
    dataFindings: str(obj.dataFindings),
    dataSources: Array.isArray(obj.dataSources)
      ? obj.dataSources.map((d: Record<string, unknown>) => ({
          name: str(d?.name),
          version: str(d?.version),
          owner: str(d?.owner),
          datasheetUrl: str(d?.datasheetUrl),
        }))
      : [],
    trainingConditions: str(obj.trainingConditions),
    caveats: str(obj.caveats),
    links: { code: str(links.code), project: str(links.project), requirements: str(links.requirements) },
    coupledComponents: str(obj.coupledComponents),
  };
}
