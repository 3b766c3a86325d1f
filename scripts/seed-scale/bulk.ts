import type { PoolClient } from "pg";

/**
 * Bulk inserts without COPY: each batch is one `INSERT … SELECT FROM unnest($1::text[], …)`, so
 * 20,000 rows travel as a handful of array parameters and Postgres parses one statement.
 */
export type Column = {
  name: string;
  /** Element type of the array parameter: text, int4, float8, bool, timestamptz, jsonb. */
  type: "text" | "int4" | "float8" | "bool" | "timestamptz" | "jsonb";
  /** SQL applied to the unnested value `v` (enum casts, comma lists to arrays); default `v`. */
  expr?: (v: string) => string;
};

export type TableSpec = { table: string; columns: Column[] };

export class RowBuffer {
  readonly spec: TableSpec;
  readonly data: unknown[][];
  constructor(spec: TableSpec) {
    this.spec = spec;
    this.data = spec.columns.map(() => []);
  }
  push(row: readonly unknown[]): void {
    if (row.length !== this.data.length)
      throw new Error(`${this.spec.table}: row has ${row.length} values, expected ${this.data.length}`);
    for (let i = 0; i < row.length; i++) this.data[i]!.push(row[i] ?? null);
  }
  get length(): number {
    return this.data[0]?.length ?? 0;
  }
}

export const enumOf = (type: string) => (v: string) => `${v}::"${type}"`;
export const enumListOf = (type: string) => (v: string) =>
  `CASE WHEN ${v} = '' THEN ARRAY[]::"${type}"[] ELSE string_to_array(${v}, ',')::"${type}"[] END`;
export const textList = (v: string) => `CASE WHEN ${v} = '' THEN ARRAY[]::text[] ELSE string_to_array(${v}, ',') END`;

function insertSql(spec: TableSpec): string {
  const cols = spec.columns.map((c) => `"${c.name}"`).join(", ");
  const params = spec.columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
  const aliases = spec.columns.map((_, i) => `c${i}`);
  const exprs = spec.columns.map((c, i) => (c.expr ? c.expr(aliases[i]!) : aliases[i]!)).join(", ");
  return `INSERT INTO "${spec.table}" (${cols}) SELECT ${exprs} FROM unnest(${params}) AS u(${aliases.join(", ")})`;
}

/** Writes the buffer in batches; `onBatch` gets the running count for progress output. */
export async function flush(
  client: PoolClient,
  buffer: RowBuffer,
  batchSize: number,
  onBatch?: (done: number) => void,
): Promise<number> {
  const sql = insertSql(buffer.spec);
  const total = buffer.length;
  for (let from = 0; from < total; from += batchSize) {
    const to = Math.min(total, from + batchSize);
    await client.query(
      sql,
      buffer.data.map((col) => col.slice(from, to)),
    );
    onBatch?.(to);
  }
  return total;
}
