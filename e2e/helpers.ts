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

/** Password hashing is deliberately slow (argon2id), and more so on a busy CI machine. */
export const SIGN_IN_TIMEOUT = 45_000;

/** Signs in and waits for the projects list. */
export async function signInAndOpenProjects(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await expect(page).toHaveURL(/\/projects$/, { timeout: SIGN_IN_TIMEOUT });
}

/** axe: no serious or critical accessibility violations on the current page. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
