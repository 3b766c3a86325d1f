"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";

/** Unexpected errors: a calm message and a retry; details stay in the server log (digest). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-bold text-slate-900">Something went wrong</h1>
      <p className="mt-3 text-slate-700">
        The page could not be shown. Try again; if it keeps happening, tell an admin.
      </p>
      {error.digest ? <p className="mt-2 text-sm text-slate-500">Reference: {error.digest}</p> : null}
      <div className="mt-6">
        <Button onClick={reset}>Try again</Button>
      </div>
    </div>
  );
}
