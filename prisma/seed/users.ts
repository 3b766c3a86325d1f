import type { UserSeed } from "./types";

/**
 * Every demo account signs in with this password (printed by `npm run db:seed`). Exempt from the
 * strength rule (lib/domain/password-policy.ts) on purpose and only here: seeds create the
 * synthetic @demo.mltrl.dev accounts of a demo database, never real users. Every door that sets a
 * real user's password (admin pages, account page, create-admin) refuses this very password.
 */
export const DEMO_PASSWORD = "mltrl-demo-2026";
export const DEMO_EMAIL_DOMAIN = "demo.mltrl.dev";

const email = (local: string) => `${local}@${DEMO_EMAIL_DOMAIN}`;

/**
 * One reviewer per discipline who belongs to no project, so every level's panel can be seated
 * without a conflict of interest; researchers own or contribute to projects (and may sit on
 * panels of projects they are not part of).
 */
export const demoUsers: UserSeed[] = [
  {
    key: "admin",
    name: "Morgan Ellis",
    email: email("admin"),
    roles: ["admin"],
    disciplines: [],
    note: "administrator",
  },
  {
    key: "manager",
    name: "Priya Raman",
    email: email("manager"),
    roles: ["manager", "reviewer"],
    disciplines: ["executive"],
    note: "portfolio manager, executive seat",
  },

  {
    key: "lena",
    name: "Dr. Lena Okafor",
    email: email("lena.okafor"),
    roles: ["researcher"],
    disciplines: ["research_lead", "researcher"],
    note: "owner of the neuropathology copilot; contributor to causal diagnosis",
  },
  {
    key: "jonas",
    name: "Dr. Jonas Weber",
    email: email("jonas.weber"),
    roles: ["researcher"],
    disciplines: ["researcher"],
    note: "owner of causal diagnosis; contributor to the neuropathology copilot",
  },
  {
    key: "mei",
    name: "Dr. Mei Tanaka",
    email: email("mei.tanaka"),
    roles: ["researcher", "reviewer"],
    disciplines: ["research_lead", "researcher"],
    note: "owner of Etalumis; reviews other research projects",
  },
  {
    key: "tomas",
    name: "Tomás Herrera",
    email: email("tomas.herrera"),
    roles: ["researcher"],
    disciplines: ["applied_ai", "software_engineer"],
    note: "owner of the recycling app; contributor to CAMS",
  },
  {
    key: "amara",
    name: "Amara Osei",
    email: email("amara.osei"),
    roles: ["researcher"],
    disciplines: ["applied_ai", "researcher"],
    note: "owner of CAMS; contributor to recycling and Etalumis",
  },

  {
    key: "hannah",
    name: "Dr. Hannah Brandt",
    email: email("hannah.brandt"),
    roles: ["reviewer"],
    disciplines: ["research_lead"],
    note: "reviewer: research lead",
  },
  {
    key: "kofi",
    name: "Dr. Kofi Mensah",
    email: email("kofi.mensah"),
    roles: ["reviewer"],
    disciplines: ["researcher"],
    note: "reviewer: researcher",
  },
  {
    key: "ravi",
    name: "Ravi Iyer",
    email: email("ravi.iyer"),
    roles: ["reviewer"],
    disciplines: ["applied_ai"],
    note: "reviewer: applied AI engineer",
  },
  {
    key: "sofia",
    name: "Sofia Lindqvist",
    email: email("sofia.lindqvist"),
    roles: ["reviewer"],
    disciplines: ["software_engineer"],
    note: "reviewer: software engineer",
  },
  {
    key: "diego",
    name: "Diego Martins",
    email: email("diego.martins"),
    roles: ["reviewer"],
    disciplines: ["infrastructure_engineer"],
    note: "reviewer: infrastructure engineer",
  },
  {
    key: "grace",
    name: "Grace Kim",
    email: email("grace.kim"),
    roles: ["reviewer"],
    disciplines: ["qa_engineer"],
    note: "reviewer: QA engineer",
  },
  {
    key: "nadia",
    name: "Nadia Haddad",
    email: email("nadia.haddad"),
    roles: ["reviewer"],
    disciplines: ["product_manager"],
    note: "reviewer: product manager",
  },
  {
    key: "fatima",
    name: "Fatima Benali",
    email: email("fatima.benali"),
    roles: ["reviewer"],
    disciplines: ["compliance_ethics"],
    note: "reviewer: compliance/ethics",
  },
  {
    key: "samuel",
    name: "Dr. Samuel Adeyemi",
    email: email("samuel.adeyemi"),
    roles: ["reviewer"],
    disciplines: ["domain_expert"],
    note: "reviewer: domain expert (neuropathologist)",
  },
];
