import { duplicates, hasText, reason, type Reason } from "./decision";
import { ETHICS_ANSWERS, isOneOf, type EthicsAnswer } from "./vocabulary";

export type EthicsItem = { key: string; label: string };
export type EthicsTemplate = { version: number; items: EthicsItem[] };
export type EthicsResponse = { key: string; answer: EthicsAnswer; note?: string | null };

export const ETHICS_TEMPLATE_VERSION = 1;

/** The org-level default checklist; admins publish new versions, each review keeps its copy. */
export const defaultEthicsTemplate: EthicsTemplate = {
  version: ETHICS_TEMPLATE_VERSION,
  items: [
    { key: "data_consent", label: "Data was collected lawfully and with the consent its sources require." },
    { key: "bias_impact", label: "Bias and discriminatory impact on affected groups were assessed." },
    { key: "privacy_security", label: "Privacy and security risks were identified and mitigated." },
    { key: "transparency", label: "Outputs can be explained to the people who rely on them." },
    { key: "human_oversight", label: "Human oversight and accountability for decisions are defined." },
    { key: "regulatory", label: "Applicable regulations were identified and complied with." },
    { key: "misuse", label: "Foreseeable misuse was considered and guarded against." },
  ],
};

/**
 * The checklist is complete when every template item has exactly one answer with a note. The
 * rules ask for "each item answered yes/no/n.a. with a note": since items are phrased either way
 * round, no answer is safe without its explanation, so every answer needs a note (not only "no").
 */
export function ethicsReasons(template: readonly EthicsItem[], answers: readonly EthicsResponse[]): Reason[] {
  const out: Reason[] = [];
  const known = new Set(template.map((i) => i.key));
  for (const item of template) {
    const given = answers.filter((a) => a.key === item.key);
    const a = given[0];
    if (!a) {
      out.push(reason("ethics_unanswered", `The ethics item "${item.label}" has no answer.`, `ethics.${item.key}`));
      continue;
    }
    if (!isOneOf(ETHICS_ANSWERS, a.answer)) {
      out.push(
        reason(
          "ethics_answer_invalid",
          `The ethics item "${item.label}" must be answered yes, no or not applicable.`,
          `ethics.${item.key}`,
        ),
      );
    } else if (!hasText(a.note)) {
      out.push(
        reason(
          "ethics_note_missing",
          `The ethics item "${item.label}" is answered "${a.answer}" without a note explaining it.`,
          `ethics.${item.key}`,
        ),
      );
    }
  }
  for (const key of duplicates(answers.map((a) => a.key)).filter((k) => known.has(k))) {
    out.push(
      reason("ethics_answer_duplicate", `The ethics item "${key}" is answered more than once.`, `ethics.${key}`),
    );
  }
  for (const a of answers.filter((x) => !known.has(x.key))) {
    out.push(
      reason("ethics_unknown_item", `"${a.key}" is not an item of this review's ethics checklist.`, `ethics.${a.key}`),
    );
  }
  return out;
}

/** A template must have items with unique snake_case keys and labels. */
export function ethicsTemplateReasons(template: EthicsTemplate): Reason[] {
  const out: Reason[] = [];
  if (!Number.isInteger(template.version) || template.version < 1) {
    out.push(
      reason("ethics_template_version", "The ethics template version must be a positive whole number.", "version"),
    );
  }
  if (template.items.length === 0)
    out.push(reason("ethics_template_empty", "The ethics template needs at least one item.", "items"));
  template.items.forEach((i, n) => {
    if (!/^[a-z][a-z0-9_]*$/.test(i.key))
      out.push(reason("ethics_item_key", `Item ${n + 1} needs a key in snake_case.`, `items.${n}.key`));
    if (!hasText(i.label)) out.push(reason("ethics_item_label", `Item ${n + 1} needs a label.`, `items.${n}.label`));
  });
  for (const k of duplicates(template.items.map((i) => i.key))) {
    out.push(reason("ethics_item_duplicate", `The key "${k}" is used by more than one item.`, "items"));
  }
  return out;
}
