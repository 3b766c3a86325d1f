"use client";

import { Button } from "@/components/ui/button";

/** Recovery codes right after they were made: the only time they are ever shown. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <section
      aria-labelledby="recovery-codes-title"
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4"
    >
      <h3 id="recovery-codes-title" className="font-semibold text-slate-900">
        Your recovery codes
      </h3>
      <p className="text-sm text-slate-800">
        Save these {codes.length} codes somewhere safe (a password manager, or printed). Each works once instead of a
        code from your app, for example when you lose your phone. They are shown only now.
      </p>
      <ol
        aria-label="Recovery codes"
        className="grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-sm text-slate-900 sm:grid-cols-5"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <Button size="sm" variant="secondary" onClick={onDone}>
        I have saved my recovery codes
      </Button>
    </section>
  );
}
