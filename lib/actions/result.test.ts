import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { GENERIC_ERROR_MESSAGE, fieldErrorsFromZod, fromDecision, invalidInput, refused, runAction } from "./result";

describe("fieldErrorsFromZod", () => {
  it("keeps the first message per field path and puts path-less issues on the form", () => {
    const schema = z
      .object({
        email: z.string().min(3, "too short").email("not an email"),
        tasks: z.array(z.object({ text: z.string().min(1, "empty") })),
      })
      .strict();
    const error = schema.safeParse({ email: "x", tasks: [{ text: "" }], extra: 1 }).error!;
    const { fieldErrors, formErrors } = fieldErrorsFromZod(error);
    expect(fieldErrors).toEqual({ email: "too short", "tasks.0.text": "empty" });
    expect(formErrors).toHaveLength(1);
    expect(invalidInput(error)).toMatchObject({ ok: false, fieldErrors: { email: "too short" } });
  });
});

describe("refused / fromDecision", () => {
  it("puts reasons with a field under it and the rest in the message", () => {
    expect(
      refused([
        { code: "a", message: "Email taken.", field: "email" },
        { code: "b", message: "Not allowed." },
      ]),
    ).toEqual({
      ok: false,
      message: "Not allowed.",
      fieldErrors: { email: "Email taken." },
    });
    expect(fromDecision({ ok: true, value: { id: "1" } })).toEqual({ ok: true, data: { id: "1" } });
  });
});

describe("runAction", () => {
  it("logs an unexpected error and returns a generic message, never the error text", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await runAction("test", async () => {
      throw new Error('relation "users" does not exist at /srv/app/lib/dal/users/admin.ts:12');
    });
    expect(result).toEqual({ ok: false, message: GENERIC_ERROR_MESSAGE });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
  it("re-throws Next's redirect signal", async () => {
    const { redirect } = await import("next/navigation");
    await expect(runAction("test", async () => redirect("/sign-in"))).rejects.toThrow();
  });
});
