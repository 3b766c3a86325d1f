"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { createProjectAction } from "@/lib/actions/project-actions";
import type { NewProjectFormDto } from "@/lib/dal/projects/read-new";
import { createProjectSchema, type CreateProjectData } from "@/lib/schemas/project";
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
import { ComponentRows } from "./component-rows";
import { EMPTY_COMPONENT, formPath, messageOf, toInput, type NewProjectValues } from "./form-values";

const TRACKS = [
  { value: "research", label: "Research track (R)" },
  { value: "product", label: "Product track (P)" },
];

/**
 * A new project in one request: the server creates the project, its members, its components and
 * the first card revision together, or nothing (every refusal comes back at once).
 */
export function NewProjectForm({ form: dto }: { form: NewProjectFormDto }) {
  const router = useRouter();
  const form = useForm<NewProjectValues, unknown, CreateProjectData>({
    resolver: schemaResolver(createProjectSchema, toInput),
    defaultValues: {
      name: "",
      description: "",
      track: "research",
      tags: "",
      owners: [dto.viewerId],
      contributors: [],
      components: [EMPTY_COMPONENT],
      tldr: "",
    },
  });
  const { register, handleSubmit, setError, getValues, formState } = form;
  const { message, run } = useServerAction({ setError, getValues, formState });
  const e = formState.errors;
  const people = dto.people.map((p) => ({
    value: p.id,
    label: `${p.name}${p.roles.length ? ` (${p.roles.map((r) => ROLE_LABELS[r].toLowerCase()).join(", ")})` : ""}`,
  }));

  const onSubmit = handleSubmit(async (v) => {
    const result = await run(() => createProjectAction(v), {
      path: formPath,
      success: () => `Created ${v.name}. Opening its page…`,
    });
    if (result.ok && result.data) router.push(`/projects/${result.data.slug}`);
  });

  const aria = (name: "name" | "description" | "track" | "tags" | "tldr") => ({
    id: `project-${name}`,
    "aria-invalid": e[name] ? true : undefined,
    "aria-describedby": e[name] ? `project-${name}-error` : undefined,
  });

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-8" aria-label="New project">
      <fieldset className="flex flex-col gap-4">
        <legend className="text-lg font-semibold text-slate-900">About the project</legend>
        <div>
          <Label htmlFor="project-name">Name</Label>
          <Input autoComplete="off" {...aria("name")} {...register("name")} />
          <FieldError id="project-name-error" message={e.name?.message} />
        </div>
        <div>
          <Label htmlFor="project-description">Description (optional)</Label>
          <Textarea rows={3} {...aria("description")} {...register("description")} />
          <FieldError id="project-description-error" message={e.description?.message} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <Label htmlFor="project-track">Track</Label>
            <Select options={TRACKS} {...aria("track")} {...register("track")} />
            <FieldError id="project-track-error" message={e.track?.message} />
          </div>
          <div>
            <Label htmlFor="project-tags">Tags and team (optional, separated by commas)</Label>
            <Input placeholder="vision, edge, team-alpha" {...aria("tags")} {...register("tags")} />
            <FieldError id="project-tags-error" message={messageOf(e.tags)} />
          </div>
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="text-lg font-semibold text-slate-900">People</legend>
        <p className="text-sm text-slate-700">
          Owners and contributors edit the card, the components and the requirements and request reviews; owners also
          pause, resume and archive the project. With no owner ticked, you are the owner.
        </p>
        <PeoplePickers
          people={people}
          owners={{ inputProps: () => register("owners"), error: messageOf(e.owners) }}
          contributors={{ inputProps: () => register("contributors"), error: messageOf(e.contributors) }}
        />
      </fieldset>

      <ComponentRows form={form} />

      <fieldset className="flex flex-col gap-4">
        <legend className="text-lg font-semibold text-slate-900">TRL Card</legend>
        <p className="text-sm text-slate-700">
          The card starts from the level 0 template: its summary comes from the project, and the level 0 review also
          needs the TL;DR. The other sections are filled in on the card page as the project climbs.
        </p>
        <div>
          <Label htmlFor="project-tldr">TL;DR (optional now, needed for the level 0 review)</Label>
          <Textarea rows={4} {...aria("tldr")} {...register("tldr")} />
          <FieldError id="project-tldr-error" message={e.tldr?.message} />
        </div>
      </fieldset>

      <ActionMessage message={message} />
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Creating…" : "Create project"}
        </Button>
      </div>
    </form>
  );
}
