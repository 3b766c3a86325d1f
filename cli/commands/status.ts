import { resolveCredentials } from "../config";
import { createApi } from "../http";
import { line, table, type Io } from "../io";

export type ProjectView = {
  slug: string;
  name: string;
  track: string;
  status: string;
  systemLevel: number | null;
  weakestLink: { componentId: string; name: string; level: number } | null;
  components: {
    id: string;
    name: string;
    level: number;
    claimedLevel: number | null;
    version: string;
    archived: boolean;
  }[];
  openReview: {
    id: string;
    level: number;
    status: string;
    dueAt: string | null;
    votes: { current: number; needed: number; stale: number };
  } | null;
};

const level = (value: number | null | undefined) => (value === null || value === undefined ? "-" : `L${value}`);

/** The project's system level, weakest link, open review and each component's level, as text. */
export function renderStatus(project: ProjectView): string {
  const lines = [`${project.name} (${project.slug}) · ${project.track} · ${project.status}`];
  const weakest = project.weakestLink
    ? ` (weakest link: ${project.weakestLink.name} at ${level(project.weakestLink.level)})`
    : "";
  lines.push(`System level: ${level(project.systemLevel)}${weakest}`);
  const review = project.openReview;
  if (review) {
    const stale = review.votes.stale > 0 ? `, ${review.votes.stale} stale` : "";
    const due = review.dueAt ? `, due ${review.dueAt.slice(0, 10)}` : "";
    lines.push(
      `Open review: ${level(review.level)} ${review.status}, votes ${review.votes.current}/${review.votes.needed}${stale}${due}`,
    );
  } else {
    lines.push("Open review: none");
  }
  const rows = project.components.map((c) => [
    c.name + (c.archived ? " (archived)" : ""),
    level(c.level),
    level(c.claimedLevel),
    c.version,
  ]);
  lines.push("", rows.length > 0 ? table(["Component", "Level", "Claimed", "Version"], rows) : "No components.");
  return lines.join("\n");
}

export async function status(io: Io, project: string, options: { json?: boolean }): Promise<void> {
  const api = createApi(await resolveCredentials(io.env), io.fetch);
  const { body } = await api<ProjectView>(`/projects/${encodeURIComponent(project)}`);
  line(io.out, options.json ? JSON.stringify(body, null, 2) : renderStatus(body));
}
