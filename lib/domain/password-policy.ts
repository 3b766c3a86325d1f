import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as englishDictionary, translations } from "@zxcvbn-ts/language-en";
import { accept, reason, refuse, type Decision } from "./decision";

/**
 * The rule for every new password (admin create/reset, own change, create-admin script): zxcvbn's
 * strength estimate must reach MIN_PASSWORD_SCORE (3 of 4: "safely unguessable", about 10^8
 * guesses), judged against common-password and English dictionaries, keyboard patterns, and the
 * account's own words (email, name) plus the product's, so "MorganEllis1" does not pass for
 * Morgan Ellis. Length bounds stay in the zod schema (lib/schemas/user.ts). Sign-in never applies
 * this rule: old passwords keep working until they are changed.
 */
export const MIN_PASSWORD_SCORE = 3;

/** Words of the product itself, including the published demo password (seed only, never real users). */
const PRODUCT_WORDS = ["mltrl", "mltrl-demo-2026", "demo", "readiness", "technology", "review", "gate"];

let estimator: ZxcvbnFactory | undefined;

/** Built once: loading the dictionaries takes ~100 ms and they never change. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...englishDictionary },
    graphs: adjacencyGraphs,
    translations,
  });
  return estimator;
}

/** The words of an account that a guesser would try first: the e-mail's parts and the name's. */
export function accountWords(input: { email?: string | null; name?: string | null }): string[] {
  const words = new Set<string>();
  const add = (value: string) => {
    const v = value.trim().toLowerCase();
    if (v.length >= 2) words.add(v);
  };
  if (input.email) {
    add(input.email);
    const [local = "", domain = ""] = input.email.split("@");
    add(local);
    for (const part of `${local}.${domain}`.split(/[^\p{L}\p{N}]+/u)) add(part);
  }
  if (input.name) {
    add(input.name);
    for (const part of input.name.split(/[^\p{L}\p{N}]+/u)) add(part);
  }
  return [...words];
}

/** The password in lower case with every word of 3+ characters taken out, longest first. */
function withoutWords(password: string, words: readonly string[]): string {
  let rest = password.toLowerCase();
  for (const word of [...words].filter((w) => w.length >= 3).sort((a, b) => b.length - a.length))
    rest = rest.split(word).join("");
  return rest;
}

export type PasswordStrength = { score: number; feedback: string };

/**
 * Accepts a password that reaches MIN_PASSWORD_SCORE; otherwise refuses under `field` with
 * zxcvbn's own warning and suggestions, so the user learns what to change.
 */
export function decidePasswordStrength(input: {
  password: string;
  email?: string | null;
  name?: string | null;
  field?: string;
}): Decision<PasswordStrength> {
  const words = [...accountWords(input), ...PRODUCT_WORDS];
  const result = zxcvbn().check(input.password, words);
  // zxcvbn credits "Sofia Lindqvist 2026!" for its length although all of it is the account's name
  // and a year: what is left once the account's and product's words are taken out must hold too.
  const rest = withoutWords(input.password, words);
  if (
    result.score >= MIN_PASSWORD_SCORE &&
    rest !== input.password.toLowerCase() &&
    zxcvbn().check(rest, words).score < MIN_PASSWORD_SCORE
  ) {
    return refuse([
      reason(
        "weak_password",
        "This password is mostly your name, your e-mail or the product's name, and what is left is too easy to guess. Add a few unrelated words.",
        input.field ?? "password",
      ),
    ]);
  }
  const hints = [result.feedback.warning, ...result.feedback.suggestions].filter((s): s is string => Boolean(s));
  const feedback = hints.join(" ");
  if (result.score >= MIN_PASSWORD_SCORE) return accept({ score: result.score, feedback });
  const message = `This password is too easy to guess (strength ${result.score} of 4; at least ${MIN_PASSWORD_SCORE} is needed).${
    feedback ? ` ${feedback}` : " Use a longer passphrase of unrelated words."
  }`;
  return refuse([reason("weak_password", message, input.field ?? "password")]);
}
