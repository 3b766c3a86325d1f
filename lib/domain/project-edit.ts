import { reason, reasonsOf, decide, type Decision, type Reason } from "./decision";
import { decideNewProject, type PickedUser } from "./project-create";
import { projectEditableReasons } from "./project-status";
import type { MemberRole, ProjectStatus } from "./vocabulary";

/**
 * Editing a project's details and people (docs/rules.md "Creating, editing and archiving"), every
 * reason at once: an archived project is read-only; the form must have been read at the current
 * version (compare-and-set: a second editor reloads instead of overwriting); owners and
 * contributors follow the creation rules; and nobody seated on the project's draft or open review
 * may become a member (a member judging their own project is a conflict of interest).
 */
export function decideProjectEdit(input: {
  status: ProjectStatus;
  version: number;
  sentVersion: number;
  owners: readonly string[];
  contributors: readonly string[];
  users: ReadonlyMap<string, PickedUser>;
  /** Holders of seats on the project's live reviews, by id → name. */
  seated: ReadonlyMap<string, string>;
}): Decision<{ members: { userId: string; role: MemberRole }[] }> {
  const out: Reason[] = [...projectEditableReasons(input.status)];
  if (input.sentVersion !== input.version)
    out.push(
      reason(
        "changed_meanwhile",
        "Someone changed this project while you were editing. Reload the page to see their change, then edit again.",
        "version",
      ),
    );
  const plan = decideNewProject({
    creatorId: input.owners[0] ?? "",
    owners: input.owners,
    contributors: input.contributors,
    users: input.users,
    components: [],
  });
  out.push(...reasonsOf(plan));
  for (const field of ["owners", "contributors"] as const)
    input[field].forEach((id, i) => {
      const name = input.seated.get(id);
      if (name)
        out.push(
          reason(
            "member_seated",
            `${name} holds a seat on this project's live review; a member may not judge their own project.`,
            `${field}.${i}`,
          ),
        );
    });
  return decide(out, () => ({ members: plan.ok ? plan.value.members : [] }));
}
