"use client";

import { forwardRef } from "react";
import type { FeedbackMessage } from "./use-server-action";

/**
 * A form's outcome. Both live regions stay mounted so a later message is announced; the wrapper
 * takes focus after a submit (tabIndex -1) so keyboard users land on the result. `detail` holds
 * the server's reasons that have no field on the form.
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
          {message?.tone === "error" && message.detail ? (
            <p className="mt-1 whitespace-pre-line text-sm text-red-800">{message.detail}</p>
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
