import { duplicates, reason, type Reason } from "./decision";
import { MAX_LEVEL, MAX_REVIEWABLE_LEVEL, isLevel, type ComponentStatus, type ProjectStatus } from "./vocabulary";

export type ReviewedComponent = { id: string; level: number; status: ComponentStatus; name?: string };

const named = (c: { id: string; name?: string }) => `"${c.name?.trim() || c.id}"`;

/** A gated review exists for levels 0..8; level 9 has no graduation. */
export function reviewLevelReasons(level: number): Reason[] {
  if (level === MAX_LEVEL) {
    return [reason("level_not_reviewable", "Level 9 has no graduation, so it cannot be reviewed.", "level")];
  }
  if (!isLevel(level) || level > MAX_REVIEWABLE_LEVEL) {
    return [
      reason("level_invalid", `${level} is not a level that can be reviewed (0 to ${MAX_REVIEWABLE_LEVEL}).`, "level"),
    ];
  }
  return [];
}

/** A paused project opens no review until resumed; an archived one never again. */
export function projectActiveReasons(status: ProjectStatus): Reason[] {
  if (status === "active") return [];
  if (status === "stopped")
    return [reason("project_stopped", "The project was stopped at a gate; it is no longer reviewed.", "project")];
  return [
    reason(
      status === "paused" ? "project_paused" : "project_archived",
      status === "paused"
        ? "The project is paused; resume it before reviewing."
        : "The project is archived; its reviews cannot move on.",
      "project",
    ),
  ];
}

/**
 * The reviewed set: at least one component, each known to the project, active and at the
 * review's level (so graduation moves them all from N to N+1 together).
 */
export function componentSetReasons(
  level: number,
  componentIds: readonly string[],
  components: readonly ReviewedComponent[],
): Reason[] {
  const out: Reason[] = [];
  if (componentIds.length === 0) {
    out.push(reason("no_components", "A review needs at least one component.", "componentIds"));
  }
  for (const id of duplicates(componentIds)) {
    out.push(reason("component_listed_twice", `The component "${id}" is listed twice.`, "componentIds"));
  }
  for (const id of new Set(componentIds)) {
    const c = components.find((x) => x.id === id);
    if (!c) {
      out.push(reason("component_unknown", `The component "${id}" is not part of this project.`, "componentIds"));
      continue;
    }
    if (c.status !== "active") {
      out.push(
        reason("component_archived", `The component ${named(c)} is archived and cannot be reviewed.`, "componentIds"),
      );
    }
    if (c.level !== level) {
      out.push(
        reason(
          "component_wrong_level",
          `The component ${named(c)} is at level ${c.level}, not level ${level}.`,
          "componentIds",
        ),
      );
    }
  }
  return out;
}
