"use client";

import { useState } from "react";
import { ActionMessage } from "@/components/forms/action-message";
import { useServerAction } from "@/components/forms/use-server-action";
import { formatDate } from "@/components/shared/format";
import { Button } from "@/components/ui/button";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { revokeApiTokenAction } from "@/lib/actions/api-token-actions";
import type { ApiTokenDto } from "@/lib/dal/api-tokens/read-tokens";

const STATE_LABEL = { active: "Active", expired: "Expired", revoked: "Revoked" } as const;

/**
 * A list of tokens with their scopes, dates and a revoke button for the active ones. Revoking asks
 * once more in the row: it cannot be undone, and a CI job using the token fails at its next call.
 */
export function ApiTokenList({ tokens, caption }: { tokens: ApiTokenDto[]; caption: string }) {
  const { message, run, pending } = useServerAction();
  const [confirming, setConfirming] = useState<string | null>(null);
  if (tokens.length === 0) return <p className="text-sm text-slate-700">No {caption.toLowerCase()} yet.</p>;
  return (
    <div className="space-y-2">
      <ActionMessage message={message} />
      <ScrollRegion label={caption}>
        <table className="w-full text-left text-sm">
          <caption className="py-2 text-left text-base font-semibold text-slate-900">{caption}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">
                Name
              </th>
              <th scope="col" className="py-1 pr-3">
                Scopes
              </th>
              <th scope="col" className="py-1 pr-3">
                State
              </th>
              <th scope="col" className="py-1 pr-3">
                Expires
              </th>
              <th scope="col" className="py-1 pr-3">
                Last used
              </th>
              <th scope="col" className="py-1">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id} className="border-b border-slate-200">
                <th scope="row" className="py-1 pr-3 font-medium">
                  {t.name}
                  {t.project ? <span className="block text-slate-600">{t.project.name}</span> : null}
                </th>
                <td className="py-1 pr-3">{t.scopes.join(", ")}</td>
                <td className="py-1 pr-3">{STATE_LABEL[t.state]}</td>
                <td className="py-1 pr-3">{formatDate(t.expiresAt)}</td>
                <td className="py-1 pr-3">{t.lastUsedAt ? formatDate(t.lastUsedAt) : "Never"}</td>
                <td className="py-1">
                  {t.state === "active" && confirming === t.id ? (
                    <span className="flex flex-wrap items-center gap-2" role="group" aria-label={`Revoke ${t.name}?`}>
                      <span className="text-slate-800">It stops working at once.</span>
                      <Button
                        size="sm"
                        variant="danger"
                        disabled={pending}
                        onClick={() =>
                          run(() => revokeApiTokenAction({ tokenId: t.id }), {
                            success: () => `Revoked "${t.name}".`,
                          }).then(() => setConfirming(null))
                        }
                      >
                        Revoke now
                      </Button>
                      <Button size="sm" variant="secondary" onClick={() => setConfirming(null)}>
                        Keep it
                      </Button>
                    </span>
                  ) : t.state === "active" ? (
                    <Button
                      size="sm"
                      variant="danger"
                      aria-label={`Revoke ${t.name}`}
                      onClick={() => setConfirming(t.id)}
                    >
                      Revoke
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
