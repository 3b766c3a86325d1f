import { expect, test } from "@playwright/test";
import { JONAS, LENA, makeCardProject, type FixtureRequirement } from "./card-fixtures";
import { expectAccessible, storageStatePath } from "./helpers";

// Lena Okafor (researcher) owns or contributes to every fixture project made here.
test.use({ storageState: storageStatePath("researcher") });
// Whole journeys with several accessibility scans each: more than the default minute on a busy machine.
test.describe.configure({ timeout: 300_000 });

test("a requirement with pFailure 0.3 and value 8 shows risk 2.4 everywhere and lands in its heat-map cell", async ({
  page,
}) => {
  const p = await makeCardProject({
    requirements: [{ kind: "technical", statement: "Latency shall stay under 90 s.", pFailure: 0.9, value: 2 }],
  });
  await page.goto(`/projects/${p.slug}/requirements`);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Add a requirement" }).click();
  await expect(page).toHaveURL(/\/requirements\/new$/);
  await page.getByLabel("Requirement", { exact: true }).fill("The model shall flag uncertain tiles for review.");
  await page.getByLabel("Kind").selectOption("research");
  await page.getByLabel("Probability of failure").fill("0.3");
  await page.getByLabel("Value", { exact: true }).selectOption("8");
  await expect(page.getByText(/Risk \(probability of failure × value\): 2\.4/)).toBeVisible();
  await page
    .getByLabel("Verification: are we building the product right?")
    .fill("Calibration error below 0.05 on held-out tiles.");
  await page.getByLabel("Evidence links").fill("https://example.org/calibration\nhttps://example.org/notebook");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Add requirement" }).click();

  await expect(page).toHaveURL(new RegExp(`/projects/${p.slug}/requirements#R2$`));
  const r2 = page.getByRole("article", { name: /^R2 The model shall flag uncertain tiles/ });
  await expect(r2).toContainText("Risk 2.4 · low");
  await expect(r2).toContainText("p(failure) 0.3 × value 8");
  await expect(r2.getByRole("link", { name: "https://example.org/notebook" })).toBeVisible();

  // The matrix cell for p 0.3–0.4 and value 8 holds it; choosing the cell (by keyboard) filters the list.
  const cell = page.getByRole("link", {
    name: "1 requirement with probability of failure from 0.3 to below 0.4 and value 8 (low risk)",
  });
  await expect(cell).toHaveText("1");
  await cell.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/p=3&v=8/);
  await expect(page.getByRole("heading", { name: "Requirements (1 of 2)" })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(page.getByRole("article", { name: /^R2 / })).toBeVisible();
  await expect(
    page.getByRole("link", { name: /probability of failure from 0\.3 to below 0\.4 and value 8/ }),
  ).toHaveAttribute("aria-current", "true");
  await expectAccessible(page);

  // The card lists it as a numbered "shall" statement with the same risk.
  await page.goto(`/projects/${p.slug}/card`);
  await expect(page.getByRole("region", { name: /Top-level requirements/ })).toContainText(
    "Research · Open · risk 2.4",
  );
});

test("editing a requirement applies the domain rules: a waiver needs its reason", async ({ page }) => {
  const p = await makeCardProject({
    requirements: [{ kind: "research", statement: "Embeddings shall separate tissue types.", pFailure: 0.2, value: 9 }],
  });
  await page.goto(`/projects/${p.slug}/requirements/1`);
  await page.getByLabel("Status").selectOption("waived");
  await page.getByRole("button", { name: "Save R1" }).click();
  await expect(page.getByText("A waived requirement needs the reason it was waived.")).toBeVisible();
  await page.getByLabel("Why it is waived").fill("Superseded by the product requirement.");
  await page.getByRole("button", { name: "Save R1" }).click();
  await expect(page.getByRole("article", { name: /^R1 / })).toContainText("Waived");
  await expect(page.getByRole("article", { name: /^R1 / })).toContainText("Superseded by the product requirement.");
});

const TRICKY: FixtureRequirement[] = [
  {
    kind: "research",
    statement: "The model shall embed tiles so that distances separate tissue types.",
    verification: "Silhouette ≥ 0.5, computed per version.",
    validation: "Two neuropathologists judge 20 slides.",
    status: "validated",
    pFailure: 0.2,
    value: 9,
    ownerEmail: LENA,
    evidenceLinks: ["https://example.org/a", "https://example.org/b?x=1,2"],
  },
  {
    kind: "technical",
    statement: 'Inference shall finish "fast", i.e. within 90 s; p95,\non the hospital server.',
    verification: "=BENCHMARK(40 slides)",
    validation: "'accepted' by pathologists",
    status: "verified",
    pFailure: 0.35,
    value: 6,
    ownerEmail: JONAS,
  },
  {
    kind: "product",
    statement: "- The copilot shall show confidence for every region.",
    status: "waived",
    waiverReason: "Covered by R1, says the board.",
    pFailure: 1,
    value: 10,
  },
  { kind: "product", statement: "Selected slides shall not enter training without review.", pFailure: 0, value: 1 },
];

test("CSV export → import into another project round-trips every field", async ({ page }) => {
  const source = await makeCardProject({ requirements: TRICKY, contributors: [JONAS] });
  // Lena is only a contributor of the target, like her role on causal-diagnosis.
  const target = await makeCardProject({ owner: JONAS, contributors: [LENA] });
  const exported = await page.request.get(`/projects/${source.slug}/requirements/export`);
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-disposition"]).toContain(`${source.slug}-requirements.csv`);
  const csv = await exported.text();
  expect(csv.split("\r\n")[0]).toBe(
    "\uFEFFnumber,kind,statement,verification,validation,status,waiver_reason,p_failure,value,risk,owner_email,evidence_links",
  );

  await page.goto(`/projects/${target.slug}/requirements/import`);
  await expectAccessible(page);
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "requirements.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Imported 4 requirements as R1–R4 (numbers kept from the file).")).toBeVisible();

  const again = await page.request.get(`/projects/${target.slug}/requirements/export`);
  expect(await again.text()).toBe(csv);
  await page.goto(`/projects/${target.slug}/requirements`);
  await expect(page.getByRole("article")).toHaveCount(4);
  await expect(page.getByRole("article", { name: /^R2 / })).toContainText("Owner: Dr. Jonas Weber");
  await expect(page.getByRole("article", { name: /^R3 / })).toContainText("Covered by R1, says the board.");
});

test("a CSV with errors is refused as a whole, listing each problem by row and column", async ({ page }) => {
  const target = await makeCardProject({
    requirements: [{ kind: "research", statement: "Existing.", pFailure: 0.1, value: 1 }],
  });
  const csv =
    "kind,statement,status,p_failure,value,owner_email\nresearch,Fine.,open,0.3,8,\nresarch,,open,1.5,8,nobody@nowhere.test\n";
  await page.goto(`/projects/${target.slug}/requirements/import`);
  await page.getByLabel("CSV file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Import" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
  await expect(alert).toContainText("Nothing was imported: the file has 4 problems.");
  const table = alert.getByRole("table", { name: "Problems in the file, by row and column" });
  await expect(table.getByRole("row")).toHaveCount(5);
  await expect(table.getByRole("row", { name: /^3 kind / })).toBeVisible();
  await expect(table.getByRole("row", { name: /^3 p_failure / })).toBeVisible();
  await expect(table.getByRole("row", { name: /^3 owner_email / })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/projects/${target.slug}/requirements`);
  await expect(page.getByRole("article")).toHaveCount(1);
});

test("people who are not members read requirements but get no editing controls", async ({ page }) => {
  const p = await makeCardProject({
    owner: JONAS,
    requirements: [{ kind: "research", statement: "Read only.", pFailure: 0.5, value: 4 }],
  });
  await page.goto(`/projects/${p.slug}/requirements`);
  await expect(page.getByRole("article", { name: /^R1 Read only\./ })).toContainText("Risk 2 · low");
  await expect(page.getByRole("link", { name: "Add a requirement" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit R1" })).toHaveCount(0);
  await page.goto(`/projects/${p.slug}/requirements/new`);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await page.goto(`/projects/${p.slug}/card/edit`);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});
