"use client";

import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { updateProjectAction } from "@/lib/actions/project-actions";
import type { ProjectEditDto } from "@/lib/dal/projects/read-edit";
import { updateProjectSchema, type UpdateProjectData, type UpdateProjectInput } from "@/lib/schemas/project";
import { ActionMessage } from "@/components/forms/action-message";
import { schemaResolver } from "@/components/forms/schema-resolver";
import { useServerAction } from "@/components/forms/use-server-action";
import { ROLE_LABELS } from "@/components/admin/options";
import { Button } from "@/components/ui/button";
import { PeoplePickers } from "@/components/projects/people-pickers";
import { FieldError } from "@/components/ui/field-error";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { formPath, messageOf } from "../new/form-values";

type Values = {
  name: string;
  description: string;
  track: "research" | "product";
  tags: string;
  owners: string[];
  contributors: string[];
};

const TRACKS = [
  { value: "research", label: "Research track (R)" },
  { value: "product", label: "Product track (P)" },
];

/**
 * The project's details and people. The form carries the version it was read at: if someone saved
 * in between, the server refuses and the page says to reload, instead of overwriting their change.
 */
export function EditProjectForm({ project }: { project: ProjectEditDto }) {
  const router = useRouter();
  const toInput = (v: Values): UpdateProjectInput => ({
    projectId: project.projectId,
    version: project.version,
    name: v.name,
    description: v.description,
    track: v.track,
    tags: v.tags
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
    owners: v.owners,
    contributors: v.contributors,
  });
  const { register, handleSubmit, setError, getValues, formState, control } = useForm<
    Values,
    unknown,
    UpdateProjectData
  >({
    resolver: schemaResolver(updateProjectSchema, toInput),
    defaultValues: {
      name: project.name,
      description: project.description,
      track: project.track,
      tags: project.tags.join(", "),
      owners: project.owners,
      contributors: project.contributors,
    },
  });
  const { message, run } = useServerAction({ setError, getValues, formState });
  const track = useWatch({ control, name: "track" });
  const e = formState.errors;
  const people = project.people.map((p) => ({
    value: p.id,
    label: `${p.name}${p.roles.length ? ` (${p.roles.map((r) => ROLE_LABELS[r].toLowerCase()).join(", ")})` : ""}`,
  }));

  const onSubmit = handleSubmit(async (v) => {
    const result = await run(() => updateProjectAction(v), { path: formPath, success: () => "Saved the project." });
    if (result.ok) router.push(`/projects/${project.slug}`);
  });

  const aria = (name: "name" | "description" | "track" | "tags") => ({
    id: `edit-${name}`,
    "aria-invalid": e[name] ? true : undefined,
    "aria-describedby": e[name] ? `edit-${name}-error` : undefined,
  });

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-6" aria-label="Edit project">
      <div>
        <Label htmlFor="edit-name">Name</Label>
        <Input autoComplete="off" {...aria("name")} {...register("name")} />
        <FieldError id="edit-name-error" message={e.name?.message} />
      </div>
      <div>
        <Label htmlFor="edit-description">Description (optional)</Label>
        <Textarea rows={3} {...aria("description")} {...register("description")} />
        <FieldError id="edit-description-error" message={e.description?.message} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <Label htmlFor="edit-track">Track</Label>
          <Select options={TRACKS} {...aria("track")} {...register("track")} />
          {track !== project.track ? (
            <p className="mt-1 text-sm text-amber-900">
              A new track gives the project a new ID in that track; the old one stays in its history.
            </p>
          ) : null}
          <FieldError id="edit-track-error" message={e.track?.message} />
        </div>
        <div>
          <Label htmlFor="edit-tags">Tags and team (separated by commas)</Label>
          <Input {...aria("tags")} {...register("tags")} />
          <FieldError id="edit-tags-error" message={messageOf(e.tags)} />
        </div>
      </div>
      <PeoplePickers
        people={people}
        owners={{ inputProps: () => register("owners"), error: messageOf(e.owners) }}
        contributors={{ inputProps: () => register("contributors"), error: messageOf(e.contributors) }}
      />
      <ActionMessage message={message} />
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : "Save changes"}
        </Button>
      </div>
    </form>
  );
}
