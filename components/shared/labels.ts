import type {
  ComponentKind,
  Phase,
  ProjectStatus,
  RequirementKind,
  RequirementStatus,
  ReviewStatus,
  TransitionKind,
} from "@/lib/domain/vocabulary";
import { defaultLevelDefinitions } from "@/lib/domain/levels";

export const COMPONENT_KIND_LABELS: Record<ComponentKind, string> = {
  model: "Model",
  algorithm: "Algorithm",
  data_pipeline: "Data pipeline",
  dataset: "Dataset",
  software_module: "Software module",
  other: "Other",
};

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  active: "Active",
  paused: "Paused",
  archived: "Archived",
  stopped: "Stopped",
};

export const PHASE_LABELS: Record<Phase, string> = {
  research: "Research",
  prototyping: "Prototyping",
  productization: "Productization",
  deployment: "Deployment",
};

export const TRANSITION_KIND_LABELS: Record<TransitionKind, string> = {
  start: "Start",
  graduation: "Graduation",
  discovery: "Discovery switchback",
  review: "Review switchback",
  embedded: "Embedded switchback",
  entry: "Entry confirmed",
};

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  draft: "Draft",
  open: "Open",
  graduated: "Graduated",
  returned: "Returned",
  withdrawn: "Withdrawn",
};

export const REQUIREMENT_KIND_LABELS: Record<RequirementKind, string> = {
  research: "Research",
  technical: "Technical",
  product: "Product",
};

export const REQUIREMENT_STATUS_LABELS: Record<RequirementStatus, string> = {
  open: "Open",
  verified: "Verified",
  validated: "Validated",
  waived: "Waived",
  regressed: "Regressed",
};

/** Name of a level from the default definitions ("Proof of Principle"); admin edits come later. */
export function levelName(level: number): string {
  return defaultLevelDefinitions.levels.find((d) => d.level === level)?.name ?? `Level ${level}`;
}
