import { describe, expect, it } from "vitest";
import { projectLabel, type ProjectTrack } from "./project-label";

describe("projectLabel", () => {
  const cases: [track: ProjectTrack, index: number, label: string][] = [
    ["research", 2, "R02"],
    ["product", 3, "P03"],
    ["research", 0, "R00"],
    ["product", 12, "P12"],
    ["research", 123, "R123"],
  ];
  it.each(cases)("%s #%i is %s", (track, index, label) => {
    expect(projectLabel(track, index)).toBe(label);
  });
});
