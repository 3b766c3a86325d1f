/** The two tracks a project runs on (Prisma enum ProjectTrack). */
export type ProjectTrack = "research" | "product";

/** "R02": track letter (R research, P product) and the two-digit index of the card's project ID. */
export function projectLabel(track: ProjectTrack, index: number): string {
  return `${track === "research" ? "R" : "P"}${String(index).padStart(2, "0")}`;
}
