/**
 * The decision of `npm test`'s "audit" step, from what `npm audit --json` printed. Pure: the
 * runner (scripts/test-all.ts) runs npm and passes stdout, stderr and the exit code in.
 *
 * npm's exit code cannot tell the two failures apart: it is non-zero both when advisories were
 * found and when the registry's audit endpoint could not be asked (down, offline, a mirror
 * without it answering 405). Only the JSON can: a report has `metadata.vulnerabilities`; an
 * error has `error` (and, for an HTTP answer, `statusCode`). An unanswered audit is said, not
 * failed: the step cannot make a machine without the endpoint unable to run the tests.
 */

export type Severity = "info" | "low" | "moderate" | "high" | "critical";
const ORDER: Severity[] = ["info", "low", "moderate", "high", "critical"];

export type Finding = { name: string; severity: Severity; isDirect: boolean; advisories: string[]; fix: string };

export type AuditVerdict =
  | { status: "clean"; message: string }
  | { status: "vulnerable"; message: string; findings: Finding[] }
  | { status: "unchecked"; message: string };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const firstLine = (s: string) =>
  s
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l !== "") ?? "";

function unchecked(reason: string): AuditVerdict {
  return { status: "unchecked", message: `could not check: ${reason}` };
}

/** Why npm could not produce a report, from its JSON error (HTTP answer or network failure). */
function errorReason(doc: Json): string | null {
  const error = isObject(doc.error) ? doc.error : null;
  if (typeof doc.statusCode === "number") {
    return `the audit endpoint answered HTTP ${doc.statusCode}${typeof doc.message === "string" ? ` (${doc.message})` : ""}`;
  }
  if (!error) return null;
  const parts = [error.code, error.summary].filter((p): p is string => typeof p === "string" && p !== "");
  return parts.length ? `npm audit failed: ${parts.join(": ")}` : "npm audit failed without saying why";
}

function fixOf(v: unknown): string {
  if (v === true) return "npm audit fix";
  if (isObject(v) && typeof v.name === "string")
    return `${v.name}@${String(v.version)}${v.isSemVerMajor ? " (major)" : ""}`;
  return "no fix published";
}

export function auditVerdict({
  stdout,
  stderr = "",
  exitCode,
  minimum = "high",
}: {
  stdout: string;
  stderr?: string;
  exitCode: number | null;
  minimum?: Severity;
}): AuditVerdict {
  if (exitCode === null) return unchecked("npm audit did not finish in time");
  let doc: unknown;
  try {
    doc = JSON.parse(stdout);
  } catch {
    return unchecked(
      `npm audit printed no JSON report (exit ${exitCode})${firstLine(stderr) ? `: ${firstLine(stderr)}` : ""}`,
    );
  }
  if (!isObject(doc)) return unchecked("npm audit printed something other than a report");
  const reason = errorReason(doc);
  const meta = isObject(doc.metadata) && isObject(doc.metadata.vulnerabilities) ? doc.metadata.vulnerabilities : null;
  if (reason && !meta) return unchecked(reason);
  if (!meta || !isObject(doc.vulnerabilities))
    return unchecked("npm audit's report has no vulnerabilities section (an unknown format)");

  const floor = ORDER.indexOf(minimum);
  const findings: Finding[] = [];
  for (const [name, raw] of Object.entries(doc.vulnerabilities)) {
    if (!isObject(raw)) continue;
    const severity = raw.severity as Severity;
    if (ORDER.indexOf(severity) < floor) continue;
    // `via` holds advisories (objects) for the vulnerable package itself and package names for
    // the packages that are affected only through it.
    const via = Array.isArray(raw.via) ? raw.via : [];
    const advisories = via.flatMap((a) =>
      isObject(a)
        ? [`${String(a.title ?? "advisory")} (${String(a.url ?? a.source ?? "?")})`]
        : [`through ${String(a)}`],
    );
    findings.push({ name, severity, isDirect: raw.isDirect === true, advisories, fix: fixOf(raw.fixAvailable) });
  }
  const level = minimum === "critical" ? "critical" : `${minimum} or critical`;
  const counts = ORDER.filter((s) => Number(meta[s] ?? 0) > 0).map((s) => `${s} ${Number(meta[s])}`);
  if (findings.length > 0) {
    findings.sort((a, b) => ORDER.indexOf(b.severity) - ORDER.indexOf(a.severity) || a.name.localeCompare(b.name));
    return {
      status: "vulnerable",
      message: `${findings.length} package(s) with a ${level} advisory (all: ${counts.join(", ")})`,
      findings,
    };
  }
  return { status: "clean", message: `no ${level} advisory${counts.length ? ` (lower: ${counts.join(", ")})` : ""}` };
}

/** The lines the runner prints for a verdict. */
export function describeVerdict(v: AuditVerdict): string[] {
  if (v.status !== "vulnerable") return [v.message];
  return [
    v.message,
    ...v.findings.flatMap((f) => [
      `  ${f.severity.toUpperCase()} ${f.name}${f.isDirect ? " (direct)" : ""} — fix: ${f.fix}`,
      ...f.advisories.map((a) => `    ${a}`),
    ]),
  ];
}
