import { describe, expect, it } from "vitest";
import { accountWords, decidePasswordStrength, MIN_PASSWORD_SCORE } from "./password-policy";

/** Issue "Gate integrity and account security", item 9: any 12-character string used to pass. */
describe("decidePasswordStrength", () => {
  it.each([
    ["a common password padded to length", "Password123!", {}],
    ["a repeated word", "passwordpassword", {}],
    ["a keyboard walk", "qwertyuiop123", {}],
    ["the account's own name", "MorganEllis1", { email: "admin@demo.mltrl.dev", name: "Morgan Ellis" }],
    ["the product's demo password", "mltrl-demo-2026", {}],
  ])("refuses %s with zxcvbn's feedback under the field", (_label, password, who) => {
    const decision = decidePasswordStrength({ password, ...who, field: "newPassword" });
    expect(decision.ok).toBe(false);
    if (decision.ok) return;
    expect(decision.reasons).toHaveLength(1);
    expect(decision.reasons[0]).toMatchObject({ code: "weak_password", field: "newPassword" });
    expect(decision.reasons[0]!.message).toMatch(/too easy to guess \(strength [0-2] of 4; at least 3/);
  });

  it("passes zxcvbn's warning and suggestions on to the user", () => {
    const decision = decidePasswordStrength({ password: "Password123!" });
    expect(decision.ok).toBe(false);
    if (!decision.ok) expect(decision.reasons[0]!.message).toMatch(/commonly used password/);
  });

  it("defaults the field to password", () => {
    const decision = decidePasswordStrength({ password: "passwordpassword" });
    expect(!decision.ok && decision.reasons[0]!.field).toBe("password");
  });

  // Found trying the app cold: zxcvbn scored these 4 for their length, though all of each is the
  // account's name (or e-mail) and a year.
  it.each([
    ["the name and a year", "Sofia Lindqvist 2026!"],
    ["the name reversed with symbols", "Lindqvist!Sofia#1990"],
  ])("refuses %s although zxcvbn alone would pass it", (_label, password) => {
    const decision = decidePasswordStrength({
      password,
      email: "sofia.lindqvist@demo.mltrl.dev",
      name: "Sofia Lindqvist",
    });
    expect(decision.ok).toBe(false);
    if (!decision.ok)
      expect(decision.reasons[0]).toMatchObject({
        code: "weak_password",
        message: expect.stringMatching(/mostly your name/),
      });
  });

  it("accepts the account's name inside an otherwise strong passphrase", () => {
    expect(
      decidePasswordStrength({
        password: "sofia-lindqvist-amber-tundra-kettle",
        email: "sofia.lindqvist@demo.mltrl.dev",
        name: "Sofia Lindqvist",
      }).ok,
    ).toBe(true);
  });

  it.each(["tangerine-orbit-kettle-47", "correct-horse-battery-staple", "Vb7#kq2!Lm9@xw"])("accepts %s", (password) => {
    const decision = decidePasswordStrength({ password, email: "admin@demo.mltrl.dev", name: "Morgan Ellis" });
    expect(decision.ok).toBe(true);
    if (decision.ok) expect(decision.value.score).toBeGreaterThanOrEqual(MIN_PASSWORD_SCORE);
  });
});

describe("accountWords", () => {
  it("splits the e-mail and the name into the words a guesser would try", () => {
    expect(accountWords({ email: "Lena.Okafor@lab.example.org", name: "Dr. Lena Okafor" })).toEqual(
      expect.arrayContaining([
        "lena.okafor@lab.example.org",
        "lena.okafor",
        "lena",
        "okafor",
        "lab",
        "example",
        "dr. lena okafor",
      ]),
    );
  });
  it("ignores missing inputs and one-letter parts", () => {
    expect(accountWords({})).toEqual([]);
    expect(accountWords({ name: "A B" })).toEqual(["a b"]);
  });
});
