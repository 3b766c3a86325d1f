import { describe, expect, it } from "vitest";
import {
  redactedWebhookUrl,
  redeliverReasons,
  chatText,
  eventsFromAudit,
  parseAllowedNetworks,
  retryDelaySeconds,
  shouldDisable,
  webhookUrlReasons,
} from "./webhooks";

const audit = (action: string, after: unknown = {}, before: unknown = null) =>
  eventsFromAudit({ action, entityType: "review", entityId: "r1", projectId: "p1", after, before }).map((e) => e.type);

describe("events from audited changes", () => {
  it.each([
    ["review.submit", {}, null, ["review.opened"]],
    ["review.vote", { reviewStatus: "open" }, null, ["vote.cast"]],
    ["review.vote", { reviewStatus: "graduated" }, null, ["vote.cast", "review.decided"]],
    ["review.vote_change", { reviewStatus: "returned" }, null, ["vote.cast", "review.decided"]],
    ["review.switchback", {}, null, ["switchback"]],
    ["card.save", {}, null, ["card.revised"]],
    ["card.publish_held", {}, null, ["card.revised"]],
    // Held edits are private to their author: nothing leaves the app until they are published.
    ["card.hold", {}, null, []],
    ["requirement.update", { status: "open" }, { status: "verified" }, ["requirement.regressed"]],
    ["requirement.update", { status: "validated" }, { status: "verified" }, []],
    ["alert.report", { severity: "warning" }, null, ["monitoring.alert"]],
    ["alert.repeat", { severity: "critical" }, { severity: "warning" }, ["monitoring.alert"]],
    ["alert.repeat", { severity: "warning" }, { severity: "warning" }, []],
    ["alert.switchback", { level: 4 }, { level: 9 }, ["switchback"]],
    ["alert.acknowledge", { status: "acknowledged" }, { status: "open" }, []],
    ["user.create", {}, null, []],
  ])("%s %j → %j", (action, after, before, types) => {
    expect(audit(action, after, before)).toEqual(types);
  });
});

describe("retries and disabling", () => {
  it("doubles the delay from 30 s, capped at 6 hours", () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(30)).toBe(6 * 3600);
  });
  it("disables after the set number of days of failures", () => {
    const now = new Date("2026-12-10T00:00:00Z");
    expect(shouldDisable(null, now, 5)).toBe(false);
    expect(shouldDisable(new Date("2026-12-06T00:00:00Z"), now, 5)).toBe(false);
    expect(shouldDisable(new Date("2026-12-05T00:00:00Z"), now, 5)).toBe(true);
  });
});

describe("where an endpoint may point", () => {
  const codes = (url: string, allowed: string[] = []) => webhookUrlReasons(url, allowed).map((r) => r.code);
  it.each([
    ["https://hooks.example.com/x", [], []],
    ["http://hooks.example.com/x", [], ["https_required"]],
    ["https://127.0.0.1/x", [], ["private_address"]],
    ["https://10.1.2.3/x", [], ["private_address"]],
    ["https://169.254.169.254/x", [], ["private_address"]],
    ["https://[::1]/x", [], ["private_address"]],
    ["https://[::ffff:127.0.0.1]/x", [], ["private_address"]],
    ["https://localhost/x", [], ["private_address"]],
    ["https://localhost./x", [], ["private_address"]],
    ["https://foo.localhost../x", [], ["private_address"]],
    ["https://metadata.google.internal./x", [], ["private_address"]],
    ["https://user:pw@hooks.example.com/x", [], ["invalid_url"]],
    ["not a url", [], ["invalid_url"]],
    ["http://127.0.0.1:4000/x", ["127.0.0.1/32"], []],
    ["http://127.0.0.2:4000/x", ["127.0.0.1/32"], ["private_address"]],
  ])("%s (allowed %j) → %j", (url, allowed, expected) => {
    expect(codes(url, allowed)).toEqual(expected);
  });
  it("reads the operator's networks and refuses a malformed one", () => {
    expect(parseAllowedNetworks(" 127.0.0.1/32, 10.0.0.0/8 ")).toEqual(["127.0.0.1/32", "10.0.0.0/8"]);
    expect(parseAllowedNetworks(undefined)).toEqual([]);
    expect(() => parseAllowedNetworks("127.0.0.1")).toThrow(/not a network/);
  });
});

describe("chat messages", () => {
  it("say the decision, the level change, who owes a vote, and link", () => {
    expect(chatText("review.decided", { projectName: "Fraud", outcome: "graduated" }, "https://x/p")).toBe(
      "The review of Fraud was decided: graduated.\nhttps://x/p",
    );
    expect(
      chatText("level.changed", { projectName: "Fraud", componentName: "model", fromLevel: 3, toLevel: 4 }, null),
    ).toBe("Fraud: model moved from level 3 to level 4.");
    expect(
      chatText("vote.cast", { projectName: "Fraud", actorName: "Ada", choice: "graduate", owingVotes: ["Bo"] }, null),
    ).toBe("Ada voted graduate on the review of Fraud. Still to vote: Bo.");
  });
});

describe("vote.cast keeps the vote hidden until the panel decides", () => {
  const cast = (reviewStatus: string) =>
    eventsFromAudit({
      action: "review.vote",
      entityType: "review",
      entityId: "r1",
      projectId: "p1",
      after: { voteId: "v1", pinRound: 0, choice: "return", reviewStatus },
    })[0]!.data;

  it("leaves the choice out while the review is open, and out of the chat text", () => {
    expect(cast("open")).not.toHaveProperty("choice");
    expect(chatText("vote.cast", { projectName: "Fraud", actorName: "Ada", ...cast("open") }, null)).toBe(
      "Ada voted on the review of Fraud.",
    );
  });

  it("carries the choice of the vote that decided the review", () => {
    expect(cast("returned")).toMatchObject({ choice: "return" });
  });
});

describe("redactedWebhookUrl", () => {
  it("keeps the origin only, so the audit log cannot post to a chat", () => {
    expect(redactedWebhookUrl("https://hooks.slack.com/services/T1/B2/secret")).toBe("https://hooks.slack.com/…");
    expect(redactedWebhookUrl("https://ci.example.org/hook?token=abc")).toBe("https://ci.example.org/…");
    expect(redactedWebhookUrl("https://ci.example.org/")).toBe("https://ci.example.org");
    expect(redactedWebhookUrl("not a url")).toBe("(invalid URL)");
  });
});

describe("redeliverReasons", () => {
  it("needs an enabled endpoint and no pending delivery of the same event", () => {
    expect(redeliverReasons({ enabled: true, pendingOfSameEvent: false })).toEqual([]);
    expect(redeliverReasons({ enabled: false, pendingOfSameEvent: true }).map((r) => r.code)).toEqual([
      "webhook_disabled",
      "delivery_pending",
    ]);
  });
});
