import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { formatDate, isoDate, plural } from "@/components/shared/format";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth";
import { listEthicsTemplates } from "@/lib/dal/ethics/templates";
import { defaultEthicsTemplate } from "@/lib/domain/ethics";
import { EthicsTemplateForm } from "@/components/admin/ethics-template-form";

export const metadata: Metadata = { title: "Ethics checklist" };

export default async function AdminEthicsPage() {
  await requireUser();
  const versions = await listEthicsTemplates();
  if (!versions.ok) forbidden();
  const latest = versions.value[0];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Ethics checklist</h1>
        <p className="mt-1 max-w-prose text-slate-700">
          Every review answers each item (yes, no or not applicable, with a note). Publishing saves a new version;
          reviews keep the version they were opened with, so earlier answers always match their questions.
        </p>
      </div>
      <Card title={latest ? `Edit version ${latest.version}` : "Write the first version"}>
        <EthicsTemplateForm version={latest?.version ?? 0} items={latest?.items ?? defaultEthicsTemplate.items} />
      </Card>
      <section aria-labelledby="versions-heading" className="space-y-3">
        <h2 id="versions-heading" className="text-lg font-semibold text-slate-900">
          Versions
        </h2>
        <ol className="space-y-3">
          {versions.value.map((v) => (
            <li key={v.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-semibold">Version {v.version}</span> —{" "}
                  <time dateTime={isoDate(v.createdAt)}>{formatDate(v.createdAt)}</time>
                  {v.createdBy ? `, by ${v.createdBy}` : ""} · {v.items.length} items · used by {v.reviewCount}{" "}
                  {plural(v.reviewCount, "review")}
                </summary>
                <ol className="mt-2 ml-5 list-decimal space-y-1">
                  {v.items.map((i) => (
                    <li key={i.key}>
                      {i.label} <span className="font-mono text-xs text-slate-600">({i.key})</span>
                    </li>
                  ))}
                </ol>
              </details>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
