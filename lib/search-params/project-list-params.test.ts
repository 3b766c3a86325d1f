import { describe, expect, it } from "vitest";
import { MAX_PROJECTS_PAGE, pageCountOf, parseProjectListParams, projectsHref } from "./project-list-params";

describe("parseProjectListParams", () => {
  it.each<[Record<string, string | string[] | undefined>, { query: string; page: number }]>([
    [{}, { query: "", page: 1 }],
    [
      { q: "  vision ", page: "3" },
      { query: "vision", page: 3 },
    ],
    [{ page: "0" }, { query: "", page: 1 }],
    [{ page: "-2" }, { query: "", page: 1 }],
    [{ page: "2.5" }, { query: "", page: 1 }],
    [{ page: "abc" }, { query: "", page: 1 }],
    [{ page: "" }, { query: "", page: 1 }],
    [{ page: "99999999999999999999" }, { query: "", page: MAX_PROJECTS_PAGE }],
    [
      { page: ["4", "5"], q: ["a", "b"] },
      { query: "a", page: 4 },
    ],
    [{ q: "x".repeat(300) }, { query: "x".repeat(100), page: 1 }],
  ])("%j → %j", (params, expected) => {
    expect(parseProjectListParams(params)).toEqual({ mine: false, archived: false, stopped: false, ...expected });
  });

  it("reads My projects and Include archived only as 1", () => {
    expect(parseProjectListParams({ mine: "1", archived: "1" })).toMatchObject({ mine: true, archived: true });
    expect(parseProjectListParams({ mine: "yes", archived: "0" })).toMatchObject({ mine: false, archived: false });
  });

  it("reads Include stopped projects as the portfolio does (?stopped=1)", () => {
    expect(parseProjectListParams({ stopped: "1" })).toMatchObject({ stopped: true });
    expect(parseProjectListParams({ stopped: "true" })).toMatchObject({ stopped: false });
  });
});

describe("projectsHref", () => {
  it("keeps the search and leaves defaults out", () => {
    expect(projectsHref({ query: "", page: 1 })).toBe("/projects");
    expect(projectsHref({ query: "", page: 2 })).toBe("/projects?page=2");
    expect(projectsHref({ query: "R02 & co", page: 3 })).toBe("/projects?q=R02+%26+co&page=3");
    expect(projectsHref({ query: "vision", page: 1 })).toBe("/projects?q=vision");
    expect(projectsHref({ query: "", page: 2, mine: true, archived: true })).toBe("/projects?mine=1&archived=1&page=2");
    expect(projectsHref({ query: "", page: 1, stopped: true })).toBe("/projects?stopped=1");
  });
});

describe("pageCountOf", () => {
  it.each([
    [0, 1],
    [1, 1],
    [50, 1],
    [51, 2],
    [10_000, 200],
  ])("%i projects → %i pages", (total, pages) => {
    expect(pageCountOf(total)).toBe(pages);
  });
});
