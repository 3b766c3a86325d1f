"use client";

import { forwardRef, useState } from "react";
import type { ActionResult } from "@/lib/actions/result";

export type FeedbackMessage = { tone: "error" | "success"; text: string };

const OFFLINE = "The server could not be reached. Check your connection and try again.";

/**
 * Runs a server action and keeps its outcome: field errors go to `onFieldError` (react-hook-form's
 * setError), the form-level message into `message`. Pending state guards against double clicks.
 */
export function useActionRunner() {
  const [message, setMessage] = useState<FeedbackMessage | null>(null);
  const [pending, setPending] = useState(false);

  async function run<R>(
    action: () => Promise<ActionResult<R>>,
    opts: { success?: (data: R | undefined) => string; onFieldError?: (field: string, text: string) => void } = {},
  ): Promise<ActionResult<R>> {
    setPending(true);
    setMessage(null);
    let result: ActionResult<R>;
    try {
      result = await action();
    } catch {
      result = { ok: false, message: OFFLINE };
    }
    setPending(false);
    if (result.ok) {
      if (opts.success) setMessage({ tone: "success", text: opts.success(result.data) });
      return result;
    }
    const fieldErrors = Object.entries(result.fieldErrors ?? {});
    for (const [field, text] of fieldErrors) opts.onFieldError?.(field, text);
    // Without a field to put them on, the field messages are the message (e.g. a refused panel).
    const text =
      opts.onFieldError || fieldErrors.length === 0
        ? (result.message ?? "Check the highlighted fields.")
        : [...new Set(fieldErrors.map(([, t]) => t))].join("\n");
    setMessage({ tone: "error", text });
    return result;
  }

  return { message, setMessage, pending, run };
}

/**
 * A form's outcome. Both live regions stay mounted so a later message is announced; the wrapper
 * takes focus after a submit (tabIndex -1) so keyboard users land on the result.
 */
export const ActionMessage = forwardRef<HTMLDivElement, { message: FeedbackMessage | null; id?: string }>(
  function ActionMessage({ message, id }, ref) {
    return (
      <div ref={ref} id={id} tabIndex={-1} className="focus:outline-none">
        <div role="alert">
          {message?.tone === "error" ? (
            <p className="whitespace-pre-line rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
              {message.text}
            </p>
          ) : null}
        </div>
        <div role="status">
          {message?.tone === "success" ? (
            <p className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
              {message.text}
            </p>
          ) : null}
        </div>
      </div>
    );
  },
);

/** Focus by id: usable inside react-hook-form's handleSubmit callbacks, where refs may not be read. */
export function focusById(id: string): void {
  document.getElementById(id)?.focus();
}
