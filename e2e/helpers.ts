import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "mltrl-demo-2026";

/** Demo users the specs sign in as (see prisma/seed/users.ts). */
export const demo = {
  admin: "admin@demo.mltrl.dev",
  manager: "manager@demo.mltrl.dev",
  researcher: "lena.okafor@demo.mltrl.dev",
  reviewer: "hannah.brandt@demo.mltrl.dev",
} as const;
export type DemoRole = keyof typeof demo;

export const storageStatePath = (role: DemoRole) => `e2e/.auth/${role}.json`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** axe: no serious or critical accessibility violations on the current page. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
