import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { LevelDefinitionsForm } from "@/components/admin/level-definitions-form";
import { LevelDiffView } from "@/components/admin/level-diff-view";
import { formatDate, isoDate, plural } from "@/components/shared/format";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { listLevelDefinitionVersions } from "@/lib/dal/levels/read-definition-versions";
import { diffLevelDefinitions } from "@/lib/domain/level-diff";

export const metadata: Metadata = { title: "Level definitions" };

const first = (v: string | string[] | undefined) => Number(Array.isArray(v) ? v[0] : v);

export default async function AdminLevelsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const versions = await listLevelDefinitionVersions();
  if (!versions.ok) forbidden();
  const all = versions.value;
  const latest = all[0];
  const editable = all.find((v) => v.definitions !== null);
  const params = await searchParams;
  // By default: what the newest version changed.
  const byVersion = (n: number) => all.find((v) => v.version === n && v.definitions);
  const to = byVersion(first(params.to)) ?? latest;
  const from = byVersion(first(params.from)) ?? all.find((v) => to && v.version < to.version) ?? to;
  const options = all
    .filter((v) => v.definitions)
    .map((v) => ({ value: String(v.version), label: `Version ${v.version}` }));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Level definitions</h1>
        <p className="mt-1 max-w-prose text-slate-700">
          What each level&apos;s review checks: its gate criteria, the panel&apos;s disciplines, the card sections that
          must be filled and its settings. Publishing saves a new version; drafts and open reviews keep the version they
          were started under, so a panel always judges by the rules the review was prepared for.
        </p>
      </div>
      {editable?.definitions && latest ? (
        <Card title={`Edit version ${latest.version}`}>
          {editable.version === latest.version ? (
            <LevelDefinitionsForm key={latest.version} definitions={editable.definitions} />
          ) : (
            <p role="alert" className="text-sm text-red-800">
              Version {latest.version} cannot be read; ask a developer to repair it before editing.
            </p>
          )}
        </Card>
      ) : null}
      <section aria-labelledby="diff-heading" className="space-y-3">
        <h2 id="diff-heading" className="text-lg font-semibold text-slate-900">
          Compare versions
        </h2>
        {options.length > 1 ? (
          <form method="get" className="flex flex-wrap items-end gap-3">
            <div>
              <Label htmlFor="diff-from">From</Label>
              <Select id="diff-from" name="from" options={options} defaultValue={String(from?.version)} />
            </div>
            <div>
              <Label htmlFor="diff-to">To</Label>
              <Select id="diff-to" name="to" options={options} defaultValue={String(to?.version)} />
            </div>
            <Button type="submit" variant="secondary">
              Compare
            </Button>
          </form>
        ) : null}
        {from?.definitions && to?.definitions && from.version !== to.version ? (
          <LevelDiffView
            changes={diffLevelDefinitions(from.definitions, to.definitions)}
            from={from.version}
            to={to.version}
          />
        ) : (
          <p className="text-sm text-slate-700">
            {options.length > 1 ? "Pick two different versions." : "There is only one version so far."}
          </p>
        )}
      </section>
      <section aria-labelledby="versions-heading" className="space-y-3">
        <h2 id="versions-heading" className="text-lg font-semibold text-slate-900">
          Versions
        </h2>
        <ol className="space-y-2">
          {all.map((v) => (
            <li key={v.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <span className="font-semibold">Version {v.version}</span> —{" "}
              <time dateTime={isoDate(v.createdAt)}>{formatDate(v.createdAt)}</time>
              {v.createdBy ? `, by ${v.createdBy}` : ""} · used by {v.reviewCount} {plural(v.reviewCount, "review")}
              {v.definitions ? "" : " · cannot be read"}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
