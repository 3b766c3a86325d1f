import { describe, expect, it } from "vitest";
import { bucketRange, inRiskCell, pFailureBucket, riskMatrix } from "./risk-matrix";

describe("risk matrix", () => {
  it("puts probabilities in bands of 0.1, without float noise, with 1.0 in the top band", () => {
    expect([0, 0.05, 0.1, 0.29, 0.3, 0.7, 0.99, 1].map(pFailureBucket)).toEqual([0, 0, 1, 2, 3, 7, 9, 9]);
    expect(bucketRange(3)).toMatchObject({ label: "0.3–0.4", description: "from 0.3 to below 0.4" });
    expect(bucketRange(9).description).toBe("from 0.9 to 1.0 inclusive");
  });

  it("counts requirements per cell, highest probability first, coloured by the cell's risk band", () => {
    const rows = riskMatrix([
      { pFailure: 0.3, value: 8 },
      { pFailure: 0.35, value: 8 },
      { pFailure: 0.95, value: 10 },
    ]);
    expect(rows).toHaveLength(10);
    expect(rows[0]!.bucket).toBe(9);
    expect(rows[0]!.cells[9]).toEqual({ bucket: 9, value: 10, count: 1, band: "high" });
    const row3 = rows.find((r) => r.bucket === 3)!;
    expect(row3.cells[7]).toEqual({ bucket: 3, value: 8, count: 2, band: "low" });
    expect(rows.find((r) => r.bucket === 0)!.cells[0]!.band).toBe("low");
    expect(rows.flatMap((r) => r.cells).reduce((n, c) => n + c.count, 0)).toBe(3);
  });

  it("tells whether a requirement is in a cell (the filter behind a clicked cell)", () => {
    expect(inRiskCell({ pFailure: 0.3, value: 8 }, { bucket: 3, value: 8 })).toBe(true);
    expect(inRiskCell({ pFailure: 0.3, value: 8 }, { bucket: 2, value: 8 })).toBe(false);
    expect(inRiskCell({ pFailure: 0.3, value: 7 }, { bucket: 3, value: 8 })).toBe(false);
  });
});
