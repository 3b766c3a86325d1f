import { decideComponentStart } from "./component-entry";
import { decide, reason, reasonsOf, type Decision, type Reason } from "./decision";
import type { ComponentKind, MemberRole } from "./vocabulary";

/** A person picked as owner or contributor, as found in the database (null: no such user). */
export type PickedUser = { id: string; name: string; active: boolean };

export type NewComponent = { name: string; kind: ComponentKind; claimedLevel?: number; description: string };

export type NewProjectPlan = {
  members: { userId: string; role: MemberRole }[];
  components: (Omit<NewComponent, "claimedLevel"> & { level: 0; claimedLevel: number | null })[];
};

/**
 * The rules of a new project (docs/rules.md "Creating a project"), every reason at once:
 * - owners default to the creator; owners and contributors are active users, each in one role;
 * - component names are unique in the project (ignoring case and surrounding spaces);
 * - every component starts at level 0, a higher level being a claim (decideComponentStart).
 */
export function decideNewProject(input: {
  creatorId: string;
  owners: readonly string[];
  contributors: readonly string[];
  /** The picked users that exist, by id. */
  users: ReadonlyMap<string, PickedUser>;
  components: readonly NewComponent[];
}): Decision<NewProjectPlan> {
  const out: Reason[] = [];
  const owners = input.owners.length > 0 ? input.owners : [input.creatorId];
  const picked = (ids: readonly string[], field: "owners" | "contributors") =>
    ids.forEach((id, i) => {
      const user = input.users.get(id);
      if (!user) out.push(reason("member_unknown", "This person does not exist.", `${field}.${i}`));
      else if (!user.active)
        out.push(reason("member_inactive", `${user.name} is deactivated and cannot join a project.`, `${field}.${i}`));
    });
  if (input.owners.length > 0) picked(input.owners, "owners");
  picked(input.contributors, "contributors");
  input.contributors.forEach((id, i) => {
    if (owners.includes(id))
      out.push(
        reason(
          "member_twice",
          `${input.users.get(id)?.name ?? "This person"} is already an owner; a member has one role.`,
          `contributors.${i}`,
        ),
      );
  });
  const seen = new Set<string>();
  const starts = input.components.map((c, i) => {
    const key = c.name.trim().toLowerCase();
    if (seen.has(key))
      out.push(
        reason("component_name_taken", `Another component is already named "${c.name}".`, `components.${i}.name`),
      );
    seen.add(key);
    const start = decideComponentStart({ claimedLevel: c.claimedLevel });
    out.push(...reasonsOf(start).map((r) => ({ ...r, field: `components.${i}.claimedLevel` })));
    return start.ok ? start.value : { level: 0 as const, claimedLevel: null };
  });
  return decide(out, () => ({
    members: [
      ...owners.map((userId) => ({ userId, role: "owner" as const })),
      ...input.contributors.map((userId) => ({ userId, role: "contributor" as const })),
    ],
    components: input.components.map((c, i) => ({
      name: c.name,
      kind: c.kind,
      description: c.description,
      ...starts[i]!,
    })),
  }));
}
