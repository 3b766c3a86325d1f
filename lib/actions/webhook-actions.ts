"use server";
import {
  createWebhookCommand,
  redeliverWebhookCommand,
  rotateWebhookSecretCommand,
  sendTestWebhookCommand,
  updateWebhookCommand,
} from "@/lib/commands/webhooks";
import { serverAction } from "./server-action";

export const createWebhookAction = serverAction(createWebhookCommand);
export const updateWebhookAction = serverAction(updateWebhookCommand);
export const rotateWebhookSecretAction = serverAction(rotateWebhookSecretCommand);
export const sendTestWebhookAction = serverAction(sendTestWebhookCommand);
export const redeliverWebhookAction = serverAction(redeliverWebhookCommand);
