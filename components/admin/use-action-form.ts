import { useState } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";

/**
 * Shared plumbing of the admin forms: runs a server action, puts its field errors on the fields
 * (setError) and its form-level message into `message`.
 */
export function useActionFeedback<T extends FieldValues>(setError: UseFormSetError<T>) {
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  async function run<R>(
    action: () => Promise<ActionResult<R>>,
    success: (data: R | undefined) => string,
  ): Promise<ActionResult<R>> {
    setMessage(null);
    let result: ActionResult<R>;
    try {
      result = await action();
    } catch {
      result = { ok: false, message: "The server could not be reached. Check your connection and try again." };
    }
    if (result.ok) {
      setMessage({ tone: "success", text: success(result.data) });
      return result;
    }
    for (const [field, text] of Object.entries(result.fieldErrors ?? {})) {
      setError(field as Path<T>, { type: "server", message: text });
    }
    setMessage({ tone: "error", text: result.message ?? "Check the highlighted fields." });
    return result;
  }

  return { message, setMessage, run };
}
