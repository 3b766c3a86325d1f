/** causalDiagnosis: requirements, TRL card sections and the ethics checklist. */
import type { ProjectSeed } from "../../types";

const code = "https://git.demo.mltrl.dev/health/causal-dx";

export const requirements: NonNullable<ProjectSeed["requirements"]> = [
  {
    kind: "research",
    created: 410,
    owner: "jonas",
    status: "validated",
    pFailure: 0.2,
    value: 10,
    statement:
      "The counterfactual query shall be identifiable from the declared causal structure, with a written proof.",
    verification: "Proof checked by two researchers outside the project.",
    validation:
      "Clinicians confirm the structural assumptions (noisy-OR, no unobserved disease–disease confounding) are plausible for primary care.",
  },
  {
    kind: "research",
    created: 405,
    owner: "jonas",
    status: "verified",
    pFailure: 0.35,
    value: 9,
    statement:
      "Residual confounding after adjustment shall be below a standardised mean difference of 0.1 on every covariate, or an alternative adjustment procedure used.",
    verification: "Balance diagnostics after matching, for every release.",
    validation: "An epidemiologist reviews the balance report.",
  },
  {
    kind: "research",
    created: 402,
    owner: "lena",
    status: "open",
    pFailure: 0.5,
    value: 9,
    statement: "Predictions shall be robust to plausible unobserved confounding (sensitivity analysis).",
    verification: "E-values for the top-ranked diagnoses on simulated and real cohorts.",
    validation: "Clinicians judge the remaining sensitivity acceptable for decision support.",
  },
  {
    kind: "research",
    created: 398,
    owner: "lena",
    status: "validated",
    pFailure: 0.2,
    value: 8,
    statement:
      "The evaluation metric shall be fixed at L2: top-k accuracy on doctor-written vignettes, compared with doctors' own accuracy.",
    verification: "Metric and protocol registered before any evaluation run.",
    validation: "Clinical advisors sign off the protocol.",
  },
  {
    kind: "technical",
    created: 160,
    owner: "jonas",
    status: "verified",
    pFailure: 0.4,
    value: 7,
    statement:
      "Structure learning shall be consistent: the distance to the elicited graph shall shrink as the sample size grows.",
    verification: "Consistency notebook on 10⁴ to 10⁶ simulated patients (structural Hamming distance).",
    validation: "Compared with the independent expert review on real data.",
  },
];

export const card: NonNullable<ProjectSeed["card"]> = [
  {
    at: 590,
    by: "jonas",
    summary: "Card started.",
    patch: {
      tldr: "Diagnosis as a **causal, counterfactual** question: rank diseases by whether the patient's symptoms would be absent had the disease been cured, rather than by correlation with the symptoms.",
      links: {
        code,
        project: "https://wiki.demo.mltrl.dev/health/causal-dx",
        requirements: `${code}/-/wikis/requirements`,
      },
      coupledComponents: "Causal graph → counterfactual model.",
    },
  },
  {
    at: 490,
    by: "lena",
    summary: "Data considerations for the L1 review.",
    patch: {
      dataFindings:
        "- The causal structure comes from doctors, not from data: elicitation protocol and independent review are the data-readiness work here.\n- Observational records are confounded by care pathways (who gets tested for what).\n- Rare diseases have few records; their edges rely on expert knowledge only.",
      dataSources: [
        {
          name: "Elicited causal graph",
          version: "0.2.0",
          owner: "Lena Okafor",
          datasheetUrl: `${code}/-/blob/main/data/datasheets/graph.md`,
        },
        {
          name: "Observational primary-care records (research extract)",
          version: "0.1.0",
          owner: "Jonas Weber",
          datasheetUrl: `${code}/-/blob/main/data/datasheets/records.md`,
        },
      ],
      trainingConditions:
        "Noisy-OR parameters fitted on the research extract with the elicited structure fixed; simulated cohorts of 10⁴–10⁶ patients from the fitted model for testbeds.",
    },
  },
  {
    at: 400,
    by: "jonas",
    summary: "Caveats and research requirements for the L2 review.",
    patch: {
      caveats:
        "- **Confounding cannot always be removed** in the observed data: the card lists the diseases where residual confounding remains.\n- Identifiability rests on the declared structure; missing edges would invalidate the counterfactual.\n- Sensitivity to unobserved confounders must pass before deployment (E-values).",
    },
  },
  {
    at: 180,
    by: "lena",
    summary: "Model information, testing status and intended use for the L3 review.",
    patch: {
      modelInfo:
        "**For a clinician:** for each candidate disease, the model asks: if we could cure this disease, would the patient's symptoms go away? Diseases that explain the symptoms rank high, even when they are less common than diseases that merely co-occur with them.\n\n**Technically:** twin networks over a noisy-OR causal model of risk factors → diseases → symptoms; counterfactual ranking measures; structure elicited from doctors, parameters fitted on observational data with confounding adjustment.",
      testingStatus:
        "- Unit tests for inference, matching and balance diagnostics.\n- Integration test on 200 vignettes.\n- Balance and sensitivity reports generated per release.",
      intendedUse:
        "Decision support for primary-care clinicians: a ranked differential diagnosis with the symptoms each disease explains.",
      unacceptableUse:
        "- Triage or diagnosis without a clinician.\n- Insurance or employment risk scoring.\n- Populations outside the primary-care setting it was elicited for.",
      coupledComponents: "Causal graph → counterfactual model ← bias adjustment; vignettes evaluate the model.",
    },
  },
];

export const ethics: NonNullable<ProjectSeed["ethics"]> = {
  data_consent: {
    answer: "yes",
    note: "Records come from a research database with approved access; vignettes are written by doctors, not taken from patients.",
  },
  bias_impact: {
    answer: "yes",
    note: "Accuracy compared across age, sex and prevalence strata; confounding that cannot be removed is declared on the card.",
  },
  privacy_security: {
    answer: "yes",
    note: "Pseudonymised records in a secure research environment; no record-level data leave it.",
  },
  transparency: {
    answer: "yes",
    note: "Each ranked disease comes with the counterfactual question answered and the symptoms it explains.",
  },
  human_oversight: { answer: "yes", note: "Decision support for clinicians only; the doctor makes the diagnosis." },
  regulatory: {
    answer: "yes",
    note: "Research use; the medical-device pathway will be assessed before any clinical pilot.",
  },
  misuse: {
    answer: "yes",
    note: "Unacceptable uses (triage without a clinician, insurance scoring) are stated on the card.",
  },
};
