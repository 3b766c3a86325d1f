import type { ProjectWorkflowDto } from "@/lib/dal/project-workflow-reads";

export type WorkflowComponent = ProjectWorkflowDto["components"][number];
