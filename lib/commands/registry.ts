import "server-only";
import * as account from "./account";
import * as apiTokens from "./api-tokens";
import * as cardHeldEdits from "./card-held-edits";
import * as cards from "./cards";
import * as components from "./components";
import * as evidence from "./evidence";
import type { AnyCommand } from "./define-command";
import * as gateOutcomes from "./gate-outcomes";
import * as monitoring from "./monitoring";
import * as notifications from "./notifications";
import * as projects from "./projects";
import * as requirements from "./requirements";
import * as reviewComments from "./review-comments";
import * as reviews from "./reviews";
import * as settings from "./settings";
import * as users from "./users";
import * as webhooks from "./webhooks";

/**
 * Every command, for what iterates them all: the tests that hold each door to the registry, the
 * authorisation matrix, the junk-input test, a REST door. A new command file is added here.
 */
export const COMMANDS: readonly AnyCommand[] = [
  projects,
  gateOutcomes,
  components,
  reviews,
  reviewComments,
  cards,
  cardHeldEdits,
  requirements,
  evidence,
  notifications,
  account,
  users,
  settings,
  apiTokens,
  monitoring,
  webhooks,
].flatMap((file) => Object.values(file));

export const COMMANDS_BY_NAME: Readonly<Record<string, AnyCommand>> = Object.fromEntries(
  COMMANDS.map((command) => [command.name, command]),
);
