import type { FieldError as RhfError } from "react-hook-form";
import type { CreateProjectInput } from "@/lib/schemas/project";
import type { ComponentKind } from "@/lib/domain/vocabulary";

/** The "New project" form's values; `toInput` makes them the createProject action's input. */
export type NewComponentValues = { name: string; kind: ComponentKind; claimedLevel: number; description: string };
export type NewProjectValues = {
  name: string;
  description: string;
  track: "research" | "product";
  /** Comma-separated, as typed. */
  tags: string;
  owners: string[];
  contributors: string[];
  components: NewComponentValues[];
  tldr: string;
};

export const EMPTY_COMPONENT: NewComponentValues = { name: "", kind: "model", claimedLevel: 0, description: "" };

export function toInput(v: NewProjectValues): CreateProjectInput {
  return {
    name: v.name,
    description: v.description,
    track: v.track,
    tags: v.tags
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
    owners: v.owners,
    contributors: v.contributors,
    components: v.components.map((c) => ({
      name: c.name,
      kind: c.kind,
      description: c.description,
      ...(c.claimedLevel > 0 ? { claimedLevel: c.claimedLevel } : {}),
    })),
    tldr: v.tldr,
  };
}

/** Server paths naming one entry of a list the form edits as a whole ("tags.2", "owners.0"). */
export function formPath(serverPath: string): string {
  const m = /^(tags|owners|contributors)\.\d+$/.exec(serverPath);
  return m ? m[1]! : serverPath;
}

/** The first message of a field error, wherever the resolver put it (a list field's entry). */
export function messageOf(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const e = error as Partial<RhfError> & Record<string, unknown>;
  if (typeof e.message === "string" && e.message) return e.message;
  for (const v of Object.values(e)) {
    if (v && typeof v === "object" && v !== e.ref) {
      const m = messageOf(v);
      if (m) return m;
    }
  }
  return undefined;
}
