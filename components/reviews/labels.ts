import {
  DISCIPLINE_LABELS,
  type CriterionState,
  type Discipline,
  type EthicsAnswer,
  type KeyDecision,
  type VoteChoice,
} from "@/lib/domain/vocabulary";

/** "Applied AI engineer": the domain's label, capitalised for headings and options. */
export function disciplineLabel(d: Discipline): string {
  const l = DISCIPLINE_LABELS[d];
  return l.charAt(0).toUpperCase() + l.slice(1);
}

export const CRITERION_STATE_LABELS: Record<CriterionState, string> = {
  pending: "Not addressed yet",
  done: "Done, with evidence",
  not_applicable: "Not applicable, with a reason",
};

export const ETHICS_ANSWER_LABELS: Record<EthicsAnswer, string> = {
  yes: "Yes",
  no: "No",
  not_applicable: "Not applicable",
};

export const VOTE_LABELS: Record<VoteChoice, string> = { graduate: "Graduate", return: "Return" };

export const KEY_DECISION_LABELS: Record<KeyDecision, string> = {
  path_a: "Path A — prototype: move on to level 3",
  path_b: "Path B — continued research: stay at level 2",
  path_a_b: "Path A+B — graduate and open a linked research-track project at level 2",
  continue: "Continue the project",
  pause: "Pause the project",
  go: "Go — deploy, with a target date",
  no_go: "No-go — do not deploy now",
};

/** What each key decision does, said before the chair confirms it. */
export const KEY_DECISION_EFFECTS: Record<KeyDecision, string> = {
  path_a: "The components stay at level 3, where graduation moved them; development continues as a prototype.",
  path_b: "The components stay at level 2 for continued research.",
  path_a_b:
    "The components stay at level 3, and a new research-track project starts at level 2 with copies of these components and of the TRL Card.",
  continue: "The project continues at level 5.",
  pause: "The project is paused: no review can open until an owner or admin resumes it.",
  go: "Deployment goes ahead by the target date.",
  no_go: "The components keep their level; the deployment does not happen now.",
};
