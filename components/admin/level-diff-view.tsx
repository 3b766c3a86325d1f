import type { LevelChange } from "@/lib/domain/level-diff";

/** What changed between two versions of the level definitions, one block per changed level. */
export function LevelDiffView({ changes, from, to }: { changes: LevelChange[]; from: number; to: number }) {
  if (changes.length === 0) {
    return (
      <p className="text-sm text-slate-700">
        Versions {from} and {to} define every level the same way.
      </p>
    );
  }
  return (
    <ul className="flex flex-col gap-3" aria-label={`Changes from version ${from} to version ${to}`}>
      {changes.map((c) => (
        <li key={c.level} className="rounded-md border border-slate-200 p-3 text-sm">
          <h3 className="font-semibold text-slate-900">
            Level {c.level}: {c.name}
          </h3>
          <ul className="mt-1 ml-5 list-disc space-y-1 break-words text-slate-800">
            {c.criteria.added.map((x) => (
              <li key={`a-${x.key}`}>
                <Tag tone="added">Criterion added</Tag> {x.label} <Key k={x.key} />
              </li>
            ))}
            {c.criteria.removed.map((x) => (
              <li key={`r-${x.key}`}>
                <Tag tone="removed">Criterion removed</Tag> <del>{x.label}</del> <Key k={x.key} />
              </li>
            ))}
            {c.criteria.changed.map((x) => (
              <li key={`c-${x.key}`}>
                <Tag tone="changed">Criterion reworded</Tag> <Key k={x.key} />: <del>{x.from}</del> → <ins>{x.to}</ins>
              </li>
            ))}
            {c.seats.map((s) => (
              <li key={`s-${s.discipline}`}>
                <Tag tone="changed">Seats</Tag> {s.discipline}: {s.from} → {s.to}
              </li>
            ))}
            {c.sections.added.map((s) => (
              <li key={`sa-${s}`}>
                <Tag tone="added">Card section required</Tag> {s}
              </li>
            ))}
            {c.sections.removed.map((s) => (
              <li key={`sr-${s}`}>
                <Tag tone="removed">Card section no longer required</Tag> {s}
              </li>
            ))}
            {c.settings.map((s) => (
              <li key={`set-${s.setting}`}>
                <Tag tone="changed">{s.setting}</Tag> {s.from} → {s.to}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

const TONES = { added: "text-green-800", removed: "text-red-800", changed: "text-amber-900" } as const;

function Tag({ tone, children }: { tone: keyof typeof TONES; children: string }) {
  return <span className={`font-medium ${TONES[tone]}`}>{children}:</span>;
}

function Key({ k }: { k: string }) {
  return <span className="font-mono text-xs text-slate-600">({k})</span>;
}
