import type { Metadata } from "next";
import { ScalarReference } from "@/components/api-reference/scalar-reference";
import { requireUser } from "@/lib/auth";
import { scalarVersion } from "@/lib/api/scalar-bundle";

export const metadata: Metadata = { title: "Try the REST API" };

/**
 * The REST API's OpenAPI document rendered by Scalar, with "Test Request" to send calls from the
 * browser. Signed-in users only; the calls themselves carry the API token the user pastes (the
 * API never reads the session cookie), so the page grants nothing the token does not.
 */
export default async function TryApiPage() {
  await requireUser();
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Try the REST API</h1>
        <p className="mt-1 text-slate-700">
          Every endpoint of <code>/api/v1</code>, with a <strong>Test Request</strong> button. Paste a token from{" "}
          <a className="text-blue-700 underline" href="/account">
            your account
          </a>{" "}
          as the bearer token: requests run with that token&apos;s scopes, against this server&apos;s real data. The
          token stays in this tab and is forgotten when you leave it. The{" "}
          <a className="text-blue-700 underline" href="/api-reference">
            API reference
          </a>{" "}
          lists the same endpoints as a table.
        </p>
      </div>
      <ScalarReference
        bundleUrl={`/api-reference/try/scalar.js?v=${encodeURIComponent(scalarVersion())}`}
        documentUrl="/api/v1/openapi.json"
      />
    </div>
  );
}
