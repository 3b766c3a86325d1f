import { accept, reason, refuse, type Decision } from "./decision";
import type { MemberRole, Role } from "./vocabulary";

export const ACTIONS = [
  "read",
  "create_project",
  "edit_project",
  "open_review",
  "withdraw_review",
  "vote",
  "record_chair_decision",
  "confirm_chair",
  "admin",
  "embedded_switchback",
  "discovery_switchback",
  "bump_version",
  "pause_project",
  "resume_project",
  "set_target",
  "withdraw_claim",
  "manage_project",
  "decide_gate_outcome",
  "comment_review",
  "resolve_review_thread",
  "manage_api_tokens",
  "report_evidence",
  "report_monitoring_signal",
  "handle_monitoring_alert",
  "alert_switchback",
  "manage_webhooks",
] as const;
export type Action = (typeof ACTIONS)[number];

/** null = anonymous visitor. Global roles; a user may hold several. */
export type Actor = { userId: string; roles: readonly Role[] } | null;

/** What the actor is in relation to the project/review at hand. */
export type PermissionContext = {
  projectMemberRole?: MemberRole | null;
  seat?: { isChair: boolean } | null;
  isReviewAuthor?: boolean;
  /** The caller opened the review comment thread at hand. */
  isThreadAuthor?: boolean;
};

/** A fact about the actor that grants (or, under `never`, forbids) an action. */
export type Grant =
  | "signed_in"
  | Role
  | "owner"
  | "contributor"
  | "member"
  | "review_author"
  | "seated"
  /** Seated and holding the reviewer role: a seat alone does not make a judge. */
  | "seated_reviewer"
  | "chair"
  | "thread_author";

export type PermissionRule = {
  /** Completes "Sign in to …" and names the action in tables. */
  verb: string;
  /** Any one of these grants the action… */
  grants: readonly Grant[];
  /** …unless one of these holds (conflict of interest beats any role or seat). */
  never?: readonly Grant[];
  /** The refusal when a `never` grant other than membership holds (membership is a conflict of interest). */
  neverDenied?: string;
  denied: string;
};

const EDITORS: readonly Grant[] = ["admin", "owner", "contributor"];

/**
 * Monitoring at L9 (docs/rules.md): members report signals by hand (the API door adds tokens with a
 * `monitoring` scope, acting for their member), members acknowledge and resolve, and the chair of
 * the review that graduated the component to 9 may send it back from a critical alert.
 */
const MONITORING_TABLE: Readonly<
  Record<"report_monitoring_signal" | "handle_monitoring_alert" | "alert_switchback", PermissionRule>
> = {
  report_monitoring_signal: {
    verb: "report a monitoring signal",
    grants: ["owner", "contributor"],
    denied: "Only the project's owners and contributors (or their monitoring tokens) can report a monitoring signal.",
  },
  handle_monitoring_alert: {
    verb: "acknowledge or resolve a monitoring alert",
    grants: ["owner", "contributor"],
    denied: "Only the project's owners and contributors can acknowledge or resolve its monitoring alerts.",
  },
  alert_switchback: {
    verb: "record a switchback from a monitoring alert",
    grants: ["chair"],
    never: ["member"],
    denied:
      "Only the chair of the review that graduated the component to level 9 can record a switchback from its alert.",
  },
};

/**
 * The permission table of the rules. Membership (owner/contributor) grants project work whatever
 * the global role; votes and chair records are tied to a seat, never to a role.
 */
export const PERMISSION_TABLE: Readonly<Record<Action, PermissionRule>> = {
  read: {
    verb: "read projects, cards and reviews",
    grants: ["signed_in"],
    denied: "Sign in to read projects, cards and reviews.",
  },
  create_project: {
    verb: "create a project",
    grants: ["admin", "manager", "researcher"],
    denied: "Only admins, managers and researchers can create a project.",
  },
  edit_project: {
    verb: "edit a project",
    grants: EDITORS,
    denied: "Only the project's owners and contributors, or an admin, can edit its card, components and requirements.",
  },
  open_review: {
    verb: "open a review",
    grants: EDITORS,
    denied: "Only the project's owners and contributors, or an admin, can open a review.",
  },
  withdraw_review: {
    verb: "withdraw a review",
    grants: ["admin", "review_author", "owner", "contributor"],
    denied: "Only the review's author, the project's owners and contributors, or an admin can withdraw a review.",
  },
  /** Admins do not vote (even if seated before the rule); a seat needs the reviewer role to count. */
  vote: {
    verb: "vote",
    grants: ["seated_reviewer"],
    never: ["member", "admin"],
    neverDenied: "Admins do not vote; an admin cannot hold a seat on a panel.",
    denied: "Only members seated on this review's panel who hold the reviewer role can vote.",
  },
  record_chair_decision: {
    verb: "record a review decision",
    grants: ["chair"],
    never: ["member"],
    denied: "Only the panel's chair can record key decisions, switchbacks and the debrief.",
  },
  /** The reviewed party proposes its panel; someone outside it confirms the chair (levels that require it). */
  confirm_chair: {
    verb: "confirm the chair",
    grants: ["admin", "manager"],
    never: ["member"],
    denied: "Only a manager or an admin can confirm a review's chair.",
  },
  admin: {
    verb: "administer the site",
    grants: ["admin"],
    denied: "Only an admin can edit level definitions, the ethics template and users.",
  },
  embedded_switchback: {
    verb: "take an embedded switchback",
    grants: ["owner"],
    denied: "Only a project owner can take an embedded switchback.",
  },
  discovery_switchback: {
    verb: "record a discovery switchback",
    grants: ["owner", "contributor"],
    denied: "Only the project's owners and contributors can record a discovery switchback.",
  },
  bump_version: {
    verb: "change a component's versions",
    grants: EDITORS,
    denied: "Only the project's owners and contributors, or an admin, can change a component's versions.",
  },
  /** The project's name, track, tags and people, and archiving it: its owners, or a manager for the portfolio. */
  manage_project: {
    verb: "edit a project's details and people, or archive it",
    grants: ["admin", "manager", "owner"],
    denied: "Only a project owner, a manager or an admin can edit the project's details and people or archive it.",
  },
  /** Giving up a claimed starting level is the owner's call (the claim is the project's statement). */
  withdraw_claim: {
    verb: "withdraw a component's claimed level",
    grants: ["admin", "owner"],
    denied: "Only a project owner or an admin can withdraw a component's claimed level.",
  },
  /** Stage-Gate's hold and kill: the portfolio's call, by someone outside the project. */
  decide_gate_outcome: {
    verb: "hold or stop a project at a gate",
    grants: ["admin", "manager"],
    never: ["member"],
    denied: "Only a manager or an admin outside the project can hold or stop it at a gate.",
  },
  pause_project: {
    verb: "pause a project",
    grants: ["admin", "owner"],
    denied: "Only a project owner or an admin can pause the project.",
  },
  resume_project: {
    verb: "resume a project",
    grants: ["admin", "owner"],
    denied: "Only a project owner or an admin can resume the project.",
  },
  /**
   * Evidence from CI or a person's check: the project's own members (a token with the evidence
   * scope acts as its member). Admins are not members; they do not vouch for a project's runs.
   */
  report_evidence: {
    verb: "report evidence",
    grants: ["owner", "contributor"],
    denied: "Only the project's owners and contributors can report evidence for its requirements and criteria.",
  },
  /** Owners plan their project; managers (and admins) set portfolio targets. Contributors do not. */
  set_target: {
    verb: "set a project's target",
    grants: ["admin", "manager", "owner"],
    denied: "Only the project's owners, managers and admins can set its target.",
  },
  /** The discussion on the gate: its panel and the reviewed party; admins and managers read it. */
  comment_review: {
    verb: "take part in a review's discussion",
    grants: ["seated", "owner", "contributor"],
    denied: "Only the review's panel and the project's owners and contributors can take part in its discussion.",
  },
  resolve_review_thread: {
    verb: "resolve or reopen a review comment thread",
    grants: ["thread_author", "owner", "chair"],
    denied: "Only the thread's author, a project owner or the panel's chair can resolve or reopen a thread.",
  },
  /** Service tokens act for the project in CI: its owners (or an admin) create and revoke them. */
  manage_api_tokens: {
    verb: "manage a project's service tokens",
    grants: ["admin", "owner"],
    denied: "Only a project owner or an admin can create or revoke the project's service tokens.",
  },
  ...MONITORING_TABLE,
  /** Webhooks and chat: a project's owners for their project; the organisation's (no project) admins only. */
  manage_webhooks: {
    verb: "manage webhooks",
    grants: ["admin", "owner"],
    denied: "Only a project owner (for the project) or an admin can manage webhooks.",
  },
};

function holds(grant: Grant, actor: NonNullable<Actor>, ctx: PermissionContext): boolean {
  switch (grant) {
    case "signed_in":
      return true;
    case "owner":
    case "contributor":
      return ctx.projectMemberRole === grant;
    case "member":
      return ctx.projectMemberRole === "owner" || ctx.projectMemberRole === "contributor";
    case "review_author":
      return ctx.isReviewAuthor === true;
    case "seated":
      return ctx.seat != null;
    case "seated_reviewer":
      return ctx.seat != null && actor.roles.includes("reviewer");
    case "chair":
      return ctx.seat?.isChair === true;
    case "thread_author":
      return ctx.isThreadAuthor === true;
    default:
      return actor.roles.includes(grant);
  }
}

/** The single permission check; the DAL calls it inside the transaction, the UI via allowedActions. */
export function can(actor: Actor, action: Action, ctx: PermissionContext = {}): Decision<true> {
  const rule = PERMISSION_TABLE[action];
  if (actor === null) {
    return refuse([reason("not_signed_in", `Sign in to ${rule.verb}.`)]);
  }
  const never = rule.never?.find((g) => holds(g, actor, ctx));
  if (never === "member") {
    return refuse([
      reason(
        "conflict_of_interest",
        `Owners and contributors of a project cannot ${rule.verb} on its reviews (conflict of interest).`,
      ),
    ]);
  }
  if (never) return refuse([reason("forbidden", rule.neverDenied ?? rule.denied)]);
  if (rule.grants.some((g) => holds(g, actor, ctx))) return accept(true);
  return refuse([reason("forbidden", rule.denied)]);
}
