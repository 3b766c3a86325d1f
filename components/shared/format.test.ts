import { describe, expect, it } from "vitest";
import { formatDate, formatDuration, formatNumber, formatRelative, plural } from "./format";

const now = new Date("2025-06-15T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("formatDuration", () => {
  it.each([
    [null, "—"],
    [ago(10 * 60_000), "less than an hour"],
    [ago(5 * HOUR), "5 hours"],
    [ago(1 * HOUR), "1 hour"],
    [ago(1 * DAY), "1 day"],
    [ago(12 * DAY), "12 days"],
    [ago(20 * DAY), "2 weeks"],
    [new Date("2025-05-15T12:00:00Z"), "1 month"],
    [new Date("2025-02-10T00:00:00Z"), "4 months"],
    [new Date("2024-03-15T12:00:00Z"), "15 months"],
    [new Date("2023-06-15T12:00:00Z"), "2 years"],
    [new Date("2025-07-01T00:00:00Z"), "less than an hour"],
  ])("%s → %s", (since, expected) => {
    expect(formatDuration(since, now)).toBe(expected);
  });

  it("counts whole calendar months, not 30-day blocks", () => {
    // 16 May 13:00 → 15 Jun 12:00 is 30 days but not yet a calendar month.
    expect(formatDuration(new Date("2025-05-16T13:00:00Z"), now)).toBe("4 weeks");
    expect(formatDuration(new Date("2025-05-15T11:00:00Z"), now)).toBe("1 month");
  });
});

describe("formatRelative", () => {
  it.each([
    [ago(5 * 60_000), "5 minutes ago"],
    [ago(3 * HOUR), "3 hours ago"],
    [ago(1 * DAY), "yesterday"],
    [ago(3 * DAY), "3 days ago"],
    [new Date("2025-03-01T00:00:00Z"), "3 months ago"],
    [new Date("2023-01-01T00:00:00Z"), "2 years ago"],
    [new Date(now.getTime() + 5 * DAY), "in 5 days"],
  ])("%s → %s", (date, expected) => {
    expect(formatRelative(date, now)).toBe(expected);
  });
});

describe("formatDate", () => {
  it("formats in UTC", () => {
    expect(formatDate(new Date("2025-03-04T23:30:00Z"))).toBe("4 Mar 2025");
  });
});

describe("plural", () => {
  it.each([
    [0, "tasks"],
    [1, "task"],
    [2, "tasks"],
  ])("%i → %s", (n, expected) => {
    expect(plural(n, "task")).toBe(expected);
  });

  it("takes an irregular plural", () => {
    expect(plural(1, "match", "matches")).toBe("match");
    expect(plural(4, "match", "matches")).toBe("matches");
  });
});

describe("formatNumber", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [12345, "12,345"],
    [1234567, "1,234,567"],
    [2.5, "2.5"],
  ])("%s → %s", (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });

  it("passes options on", () => {
    expect(formatNumber(2.345, { maximumFractionDigits: 2, minimumFractionDigits: 0 })).toBe("2.35");
  });
});
