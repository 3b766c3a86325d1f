export default function Loading() {
  return (
    <div className="py-2" role="status" aria-live="polite">
      <p className="text-sm text-slate-700">Loading project…</p>
    </div>
  );
}
