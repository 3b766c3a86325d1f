import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { requireUser } from "@/lib/auth";
import { SCOPE_DESCRIPTIONS, apiReferenceRows } from "@/lib/api/reference";

export const metadata: Metadata = { title: "REST API reference" };

/** The REST API's endpoints, scopes and errors, rendered on the server from the route table (no script); /api-reference/try is the interactive one. */
export default async function ApiReferencePage() {
  await requireUser();
  const rows = apiReferenceRows();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">REST API reference</h1>
        <p className="mt-1 text-slate-700">
          Send <code>Authorization: Bearer &lt;token&gt;</code> with a token from{" "}
          <a className="text-blue-700 underline" href="/account">
            your account
          </a>
          . The machine-readable document is{" "}
          <a className="text-blue-700 underline" href="/api/v1/openapi.json">
            /api/v1/openapi.json
          </a>{" "}
          (OpenAPI 3.1). Errors are RFC 9457 problem details carrying the same reasons the pages show.
        </p>
        <p className="mt-2">
          <a className="font-medium text-blue-700 underline" href="/api-reference/try">
            Try the API in the browser
          </a>
        </p>
      </div>
      <Card title="Endpoints">
        <ScrollRegion label="Endpoints">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="sr-only">Endpoints with their method, path, scope and purpose</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-3">
                  Method
                </th>
                <th scope="col" className="py-1 pr-3">
                  Path
                </th>
                <th scope="col" className="py-1 pr-3">
                  Scope
                </th>
                <th scope="col" className="py-1">
                  What it does
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} id={r.id} className="border-b border-slate-200 align-top">
                  <td className="py-1 pr-3 font-mono">{r.method}</td>
                  <th scope="row" className="py-1 pr-3 font-mono font-normal whitespace-nowrap">
                    {r.path}
                  </th>
                  <td className="py-1 pr-3">{r.scope ?? "any"}</td>
                  <td className="py-1">{r.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Card>
      <Card title="Scopes">
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          {Object.entries(SCOPE_DESCRIPTIONS).map(([scope, text]) => (
            <div key={scope} className="contents">
              <dt className="font-mono">{scope}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
