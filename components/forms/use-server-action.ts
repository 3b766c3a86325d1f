"use client";

import { useState } from "react";
import type { FieldErrors, FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";

export type FeedbackMessage = {
  tone: "error" | "success";
  text: string;
  detail?: string;
  /** The message points at highlighted fields: it goes once none of them is in error any more. */
  aboutFields?: boolean;
};

/** The one place that says the action never reached the server (network down, server gone). */
export const OFFLINE_MESSAGE = "The server could not be reached. Check your connection and try again.";
const CHECK_FIELDS = "Check the highlighted fields.";

/**
 * What the hook needs of a react-hook-form form. Through `formState`, a "check the highlighted
 * fields" message disappears as soon as the last highlighted field is fixed, instead of lingering
 * until the next submit.
 */
export type ServerActionForm<T extends FieldValues> = Pick<UseFormReturn<T>, "setError" | "getValues"> & {
  formState: { errors: FieldErrors<T> };
};

/**
 * Runs a server action for a form and keeps its outcome. With a react-hook-form `form`, field
 * errors whose path is one of the form's values go on that field; the rest (reasons about the
 * review, the pin, the caller…) go to `root` and are shown with the message. Without a form, the
 * field messages are the message (e.g. a refused button). `pending` guards against double clicks.
 */
export function useServerAction<T extends FieldValues = FieldValues>(form?: ServerActionForm<T>) {
  const [message, setMessage] = useState<FeedbackMessage | null>(null);
  const [pending, setPending] = useState(false);

  async function run<R>(
    action: () => Promise<ActionResult<R>>,
    opts: {
      success?: (data: R | undefined) => string;
      /** Where the form keeps a server path it names differently ("versions.code" -> "code"). */
      path?: (serverPath: string) => string;
      /** This action's field messages are not about the form's fields: show them as the message. */
      fieldsAsMessage?: boolean;
    } = {},
  ): Promise<ActionResult<R>> {
    setPending(true);
    setMessage(null);
    let result: ActionResult<R>;
    try {
      result = await action();
    } catch {
      result = { ok: false, message: OFFLINE_MESSAGE };
    }
    setPending(false);
    if (result.ok) {
      if (opts.success) setMessage({ tone: "success", text: opts.success(result.data) });
      return result;
    }
    const fieldErrors = Object.entries(result.fieldErrors ?? {});
    if (!form || opts.fieldsAsMessage) {
      const text =
        fieldErrors.length === 0
          ? (result.message ?? CHECK_FIELDS)
          : [...new Set(fieldErrors.map(([, t]) => t))].join("\n");
      setMessage({ tone: "error", text });
      return result;
    }
    const rootTexts: string[] = [];
    let highlighted = 0;
    for (const [serverPath, text] of fieldErrors) {
      const path = opts.path ? opts.path(serverPath) : serverPath;
      if (isFormField(form, path)) {
        form.setError(path as Path<T>, { type: "server", message: text });
        highlighted += 1;
      } else rootTexts.push(text);
    }
    const detail = rootTexts.length > 0 ? [...new Set(rootTexts)].join("\n") : undefined;
    if (detail) form.setError("root", { type: "server", message: detail });
    // Nothing highlighted: "check the highlighted fields" would point at nothing, so the reasons are the message.
    if (highlighted === 0 && detail && (result.message === undefined || result.message === CHECK_FIELDS)) {
      setMessage({ tone: "error", text: detail });
      return result;
    }
    setMessage({ tone: "error", text: result.message ?? CHECK_FIELDS, detail, aboutFields: highlighted > 0 });
    return result;
  }

  // Read on every render (react-hook-form subscribes to errors when they are read).
  const fieldsInError = form ? Object.keys(form.formState.errors).some((k) => k !== "root") : true;
  const shown = message?.aboutFields && !fieldsInError ? null : message;
  return { message: shown, setMessage, pending, run };
}

/** A path is a form field when the form holds a value there ("tasks", "tasks.0.text", "email"). */
function isFormField<T extends FieldValues>(form: ServerActionForm<T>, path: string): boolean {
  return form.getValues(path as Path<T>) !== undefined;
}

/** Focus by id: usable inside react-hook-form's handleSubmit callbacks, where refs may not be read. */
export function focusById(id: string): void {
  document.getElementById(id)?.focus();
}
