import type { ProjectWorkflowDto } from "@/lib/dal/projects/read-workflow";

export type WorkflowComponent = ProjectWorkflowDto["components"][number];
