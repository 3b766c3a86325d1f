/** A page section with an h2 that names it (landmark via aria-labelledby). */
export function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
      <h2 id={`${id}-heading`} className="border-b border-slate-200 pb-1 text-xl font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
