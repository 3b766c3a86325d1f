import { GateOutcomeBanner } from "@/components/projects/gate-outcome-banner";
import { getGateOutcomeBanner } from "@/lib/dal/projects/read-gate-outcome";

/** The hold/stop banner of a project page, read on its own so that every page of the project shows it. */
export async function ProjectGateBanner({ slug }: { slug: string }) {
  return <GateOutcomeBanner banner={await getGateOutcomeBanner({ slug })} />;
}
