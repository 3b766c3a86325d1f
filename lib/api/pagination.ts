import { z } from "zod";

/** Cursor pagination of the REST lists: `?cursor=&limit=` (1..100, default 50) → `{ items, nextCursor }`. */

export const pageQuerySchema = z.object({
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]*$/, "This is not a cursor from a previous page.")
    .optional(),
  limit: z.coerce.number().int().min(1, "Ask for 1 to 100 items.").max(100, "Ask for 1 to 100 items.").default(50),
});
export type PageQuery = z.output<typeof pageQuerySchema>;

/** The cursor is the last item's id, opaque to clients (base64url). */
export function decodeCursor(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  const id = Buffer.from(cursor, "base64url").toString("utf8");
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : undefined;
}

/** Rows fetched with `take: limit + 1`: the extra row only says there is a next page. */
export function page<T extends { id: string }, R>(rows: T[], limit: number, present: (row: T) => R) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map(present),
    nextCursor: rows.length > limit && last ? Buffer.from(last.id, "utf8").toString("base64url") : null,
  };
}

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
