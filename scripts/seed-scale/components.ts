/** A project's ten components and their transitions, laid on the project's timeline. */
import { DAY, iso, KINDS, pad } from "./params";
import type { PlanContext, ProjectTimeline } from "./specs";

export function planComponents(ctx: PlanContext, p: ProjectTimeline): void {
  const { rng, now, plan, audit } = ctx;
  const { n, pid, owner, status, start, level, at, stay, dwell } = p;
  // Components: #0 sets the system level; the others are at it or above. Some projects have a
  // switchback that is not recovered yet: #0 climbed one level and was sent back (while #1 held
  // the system level, so level_since stands).
  const openSwitchback = status === "active" && level >= 1 && level <= 8 && rng.chance(0.12);
  for (let c = 0; c < 10; c++) {
    const cid = `${pid}c${c}`;
    const kind = KINDS[(c + n) % KINDS.length]!;
    const compLevel =
      c === 0 || level === 9 || (c === 1 && openSwitchback) || rng.chance(0.5) ? level : rng.int(level + 1, 9);
    const archived = c > 0 && !(c === 1 && openSwitchback) && rng.chance(0.05);
    const arrive = (l: number) => at[l]! - (l > start ? c * 0.04 * stay[l - 1]! : 0);
    const events: { from: number | null; to: number; kind: string; at: number; reason: string }[] = [];
    const started = at[start]! + c * 0.01 * (stay[start] ?? 10 * DAY);
    events.push({ from: null, to: start, kind: "start", at: started, reason: "" });
    const switchAt = level - start >= 2 && rng.chance(0.18) ? rng.int(start + 1, level - 1) : -1;
    for (let l = start + 1; l <= Math.min(compLevel, level); l++) {
      events.push({ from: l - 1, to: l, kind: "graduation", at: arrive(l), reason: "" });
      if (l !== switchAt) continue;
      // A switchback during the stay at l, then the climb back before the system moves on.
      const drop = Math.max(start, l - (rng.chance(0.3) ? 2 : 1));
      const sbKind = l === 4 && drop === 2 && rng.chance(0.5) ? "embedded" : rng.chance(0.55) ? "review" : "discovery";
      const t0 = arrive(l) + 0.35 * stay[l]!;
      const t1 = arrive(l + 1) - 0.02 * stay[l]!; // before the next graduation of this component
      events.push({
        from: l,
        to: drop,
        kind: sbKind,
        at: t0,
        reason: `${sbKind} switchback: evidence did not hold at level ${l}.`,
      });
      for (let k = drop + 1; k <= l; k++) {
        events.push({
          from: k - 1,
          to: k,
          kind: "graduation",
          at: t0 + ((t1 - t0) * (k - drop)) / (l - drop + 1),
          reason: "",
        });
      }
    }
    if (c === 0 && openSwitchback) {
      const sbKind = rng.chance(0.6) ? "review" : "discovery";
      events.push({ from: level, to: level + 1, kind: "graduation", at: at[level]! + 0.3 * dwell, reason: "" });
      events.push({
        from: level + 1,
        to: level,
        kind: sbKind,
        at: at[level]! + 0.6 * dwell,
        reason: `${sbKind} switchback: level ${level + 1} did not hold up.`,
      });
    }
    for (let l = level + 1; l <= compLevel; l++) {
      events.push({
        from: l - 1,
        to: l,
        kind: "graduation",
        at: at[level]! + ((now - at[level]!) * (l - level)) / (compLevel - level + 1),
        reason: "",
      });
    }
    const last = events[events.length - 1]!;
    plan.components.push([
      cid,
      pid,
      `${kind.replace(/_/g, "-")}-${c + 1}`,
      kind,
      archived ? "archived" : "active",
      compLevel,
      iso(last.at),
      iso(started),
      iso(last.at),
    ]);
    for (const e of events) {
      plan.transitions.push([
        `st${pad(ctx.counters.transition++, 8)}`,
        pid,
        cid,
        e.from,
        e.to,
        e.kind,
        e.reason,
        owner,
        iso(e.at),
      ]);
      if (e.kind === "start") audit(owner, "component.create", "component", cid, pid, { level: e.to, kind }, e.at);
      else if (e.kind !== "graduation")
        audit(owner, `component.switchback_${e.kind}`, "component", cid, pid, { from: e.from, to: e.to }, e.at);
    }
  }
}
