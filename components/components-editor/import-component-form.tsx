"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { importComponentAction } from "@/lib/actions/component-import-actions";
import type { ComponentKind } from "@/lib/domain/vocabulary";
import { FormMessage } from "@/components/admin/form-message";
import { COMPONENT_KIND_LABELS } from "@/components/shared/labels";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { fieldClasses, Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export type ImportableComponent = {
  id: string;
  name: string;
  kind: ComponentKind;
  level: number;
  projectName: string;
  projectId: string;
};

/**
 * Import a component of another project: it keeps its versions and provenance, starts at level 0
 * and claims the level it earned there, which an entry review of this project confirms.
 */
export function ImportComponentForm({
  projectId,
  importable,
}: {
  projectId: string;
  importable: ImportableComponent[];
}) {
  const router = useRouter();
  const [source, setSource] = useState("");
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const groups = [...new Set(importable.map((c) => `${c.projectName} (${c.projectId})`))];

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setErrors({});
    setMessage(null);
    if (!source) {
      setErrors({ sourceComponentId: "Choose the component to import." });
      return;
    }
    setBusy(true);
    try {
      const picked = importable.find((c) => c.id === source);
      const result = await importComponentAction({
        projectId,
        sourceComponentId: source,
        ...(name.trim() ? { name: name.trim() } : {}),
      });
      if (result.ok) {
        setMessage({
          tone: "success",
          text:
            picked && picked.level > 0
              ? `Imported ${name.trim() || picked.name} at level 0, claimed L${picked.level}, unconfirmed: an entry review at level ${picked.level} confirms it.`
              : `Imported ${name.trim() || picked?.name} at level 0.`,
        });
        setSource("");
        setName("");
        router.refresh();
      } else {
        setErrors(result.fieldErrors ?? {});
        setMessage({ tone: "error", text: result.message ?? "The component could not be imported." });
      }
    } catch {
      setMessage({ tone: "error", text: "The server could not be reached. Check your connection and try again." });
    } finally {
      setBusy(false);
    }
  }

  if (importable.length === 0)
    return <p className="text-sm italic text-slate-700">No other project has active components to import.</p>;
  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-4"
      aria-label="Import a component from another project"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <Label htmlFor="import-source">Component</Label>
          <select
            id="import-source"
            className={fieldClasses}
            value={source}
            onChange={(e) => setSource(e.target.value)}
            aria-invalid={errors.sourceComponentId ? true : undefined}
            aria-describedby={errors.sourceComponentId ? "import-source-error" : undefined}
          >
            <option value="">Choose a component…</option>
            {groups.map((g) => (
              <optgroup key={g} label={g}>
                {importable
                  .filter((c) => `${c.projectName} (${c.projectId})` === g)
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name} — {COMPONENT_KIND_LABELS[c.kind]}, L{c.level}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          <FieldError id="import-source-error" message={errors.sourceComponentId} />
        </div>
        <div>
          <Label htmlFor="import-name">Name in this project (optional)</Label>
          <Input
            id="import-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? "import-name-error" : undefined}
          />
          <FieldError id="import-name-error" message={errors.name} />
        </div>
      </div>
      <FormMessage message={message} />
      <div>
        <Button type="submit" disabled={busy}>
          {busy ? "Importing…" : "Import component"}
        </Button>
      </div>
    </form>
  );
}
