import "server-only";
import { publishEthicsTemplate } from "@/lib/dal/ethics/templates";
import { publishLevelDefinitions } from "@/lib/dal/levels/publish-definitions";
import { setTwoFactorPolicy } from "@/lib/dal/users/two-factor-policy";
import { twoFactorPolicySchema } from "@/lib/schemas/account";
import { publishEthicsTemplateSchema } from "@/lib/schemas/ethics";
import { publishLevelDefinitionsSchema } from "@/lib/schemas/levels";
import { defineCommand } from "./define-command";

/** Organisation-wide settings admins set: the sign-in policy, the ethics checklist and the level definitions. */

/** Whether admins and managers must use two-factor. */
export const setTwoFactorPolicyCommand = defineCommand({
  name: "setTwoFactorPolicy",
  schema: twoFactorPolicySchema,
  run: setTwoFactorPolicy,
  invalidates: ["adminUsers"],
  audit: ["org.two_factor_policy_changed"],
});

/** Publishes a new version of the ethics checklist; reviews keep the version they answer. */
export const publishEthicsTemplateCommand = defineCommand({
  name: "publishEthicsTemplate",
  schema: publishEthicsTemplateSchema,
  run: publishEthicsTemplate,
  invalidates: ["adminEthics"],
  audit: ["ethics_template.publish"],
});

/** Publishes a new version of the level definitions; reviews keep the version they were opened under. */
export const publishLevelDefinitionsCommand = defineCommand({
  name: "publishLevelDefinitions",
  schema: publishLevelDefinitionsSchema,
  run: publishLevelDefinitions,
  invalidates: ["adminLevels"],
  audit: ["level_definitions.publish"],
});
