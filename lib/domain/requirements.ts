import { accept, decide, hasText, reason, refuse, type Decision, type Reason } from "./decision";
import {
  REQUIREMENT_KINDS,
  REQUIREMENT_STATUSES,
  isOneOf,
  type RequirementKind,
  type RequirementStatus,
} from "./vocabulary";

export type Requirement = {
  id: string;
  kind: RequirementKind;
  statement: string;
  /** "Are we building the product right?" */
  verification: string;
  /** "Are we building the right product?" */
  validation: string;
  status: RequirementStatus;
  waiverReason?: string | null;
  pFailure: number;
  value: number;
  /** A run of evidence set its status (lib/domain/evidence.ts): the run stands for the verification text. */
  verifiedByRun?: boolean;
};

/**
 * The level from which each kind is expected on a project (research from L2; technical from L3,
 * when prototype code starts; product from L5, drafted before leaving it). Advisory for the UI:
 * writing a requirement early is never refused.
 */
export const REQUIREMENT_KIND_FIRST_LEVEL: Record<RequirementKind, number> = {
  research: 2,
  technical: 3,
  product: 5,
};

export function requirementKindsExpectedAt(level: number): RequirementKind[] {
  return REQUIREMENT_KINDS.filter((k) => level >= REQUIREMENT_KIND_FIRST_LEVEL[k]);
}

/** pFailure is a probability in [0,1]; value is a whole number 1–10 (the paper's scale). */
export function riskInputReasons(pFailure: number, value: number): Reason[] {
  const out: Reason[] = [];
  if (!Number.isFinite(pFailure) || pFailure < 0 || pFailure > 1) {
    out.push(reason("p_failure_range", "The probability of failure must be a number between 0 and 1.", "pFailure"));
  }
  if (!Number.isInteger(value) || value < 1 || value > 10) {
    out.push(reason("value_range", "The value must be a whole number from 1 to 10.", "value"));
  }
  return out;
}

/**
 * risk = pFailure × value (0–10), rounded half-up to 2 decimals. toPrecision(12) first strips
 * binary noise (0.2345 × 10 × 100 is 234.49999999999997 in floats) so 2.345 shows as 2.35.
 */
export function riskOf(pFailure: number, value: number): Decision<number> {
  const reasons = riskInputReasons(pFailure, value);
  if (reasons.length > 0) return refuse(reasons);
  return accept(Math.round(Number((pFailure * value * 100).toPrecision(12))) / 100);
}

export type RiskBand = "low" | "medium" | "high";

/** Colour bands of the risk matrix: below 3 low, below 6 medium, otherwise high. */
export function riskBand(risk: number): RiskBand {
  if (risk < 3) return "low";
  if (risk < 6) return "medium";
  return "high";
}

/**
 * A requirement on its own: waived needs a reason; a status claiming V&V needs the step's text
 * (verified → verification; validated → both, since validation follows verification).
 */
export function validateRequirement(req: Requirement): Decision<Requirement> {
  const out: Reason[] = [];
  if (!isOneOf(REQUIREMENT_KINDS, req.kind))
    out.push(reason("requirement_kind", `"${String(req.kind)}" is not a requirement kind.`, "kind"));
  if (!isOneOf(REQUIREMENT_STATUSES, req.status))
    out.push(reason("requirement_status", `"${String(req.status)}" is not a requirement status.`, "status"));
  if (!hasText(req.statement))
    out.push(reason("requirement_statement", "A requirement needs a statement.", "statement"));
  if (req.status === "waived" && !hasText(req.waiverReason)) {
    out.push(
      reason("requirement_waived_reason", "A waived requirement needs the reason it was waived.", "waiverReason"),
    );
  }
  const verifiedStatus = req.status === "verified" || req.status === "validated";
  if (verifiedStatus && !hasText(req.verification) && !req.verifiedByRun) {
    out.push(
      reason(
        "requirement_verification_missing",
        `A ${req.status} requirement needs its verification step.`,
        "verification",
      ),
    );
  }
  if (req.status === "validated" && !hasText(req.validation)) {
    out.push(
      reason("requirement_validation_missing", "A validated requirement needs its validation step.", "validation"),
    );
  }
  out.push(...riskInputReasons(req.pFailure, req.value));
  return decide(out, () => req);
}

const hasVv = (r: Requirement) => hasText(r.verification) && hasText(r.validation);
const label = (r: Requirement) => (hasText(r.statement) ? `"${r.statement.trim()}"` : `#${r.id}`);

/**
 * Requirement rules read by the gate of `level` (only L2, L5 and L8 have any):
 * leaving L2: ≥1 research requirement, each with verification and validation text;
 * leaving L5: research and technical ones verified/validated/waived, ≥1 product one with V&V;
 * leaving L8: technical and product ones validated or waived.
 */
export function requirementGateReasons(level: number, requirements: readonly Requirement[]): Reason[] {
  const of = (kind: RequirementKind) => requirements.filter((r) => r.kind === kind);
  const out: Reason[] = [];
  if (level === 2) {
    if (of("research").length === 0) {
      out.push(
        reason(
          "l2_no_research_requirement",
          "Leaving level 2 needs at least one research requirement.",
          "requirements",
        ),
      );
    }
    for (const r of of("research").filter((x) => !hasVv(x))) {
      out.push(
        reason(
          "l2_research_vv_missing",
          `Research requirement ${label(r)} needs both a verification and a validation step before leaving level 2.`,
          `requirements.${r.id}`,
        ),
      );
    }
  }
  if (level === 5) {
    const settled: RequirementStatus[] = ["verified", "validated", "waived"];
    for (const r of [...of("research"), ...of("technical")].filter((x) => !settled.includes(x.status))) {
      out.push(
        reason(
          "l5_requirement_not_verified",
          `The ${r.kind} requirement ${label(r)} is still ${r.status}; leaving level 5 needs it verified, validated or waived.`,
          `requirements.${r.id}`,
        ),
      );
    }
    if (!of("product").some(hasVv)) {
      out.push(
        reason(
          "l5_no_product_requirement",
          "Leaving level 5 needs at least one product requirement with verification and validation steps.",
          "requirements",
        ),
      );
    }
  }
  if (level === 8) {
    for (const r of [...of("technical"), ...of("product")].filter(
      (x) => x.status !== "validated" && x.status !== "waived",
    )) {
      out.push(
        reason(
          "l8_requirement_not_validated",
          `The ${r.kind} requirement ${label(r)} is ${r.status}; leaving level 8 needs it validated or waived.`,
          `requirements.${r.id}`,
        ),
      );
    }
  }
  return out;
}
