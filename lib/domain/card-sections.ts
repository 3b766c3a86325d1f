import { filledCardSections, type CardContent } from "./card-content";
import { CARD_SECTIONS, type CardSection } from "./vocabulary";

/**
 * Which TRL Card sections count as filled when a review is submitted (docs/rules.md):
 * - summary: always — the summary block is derived from the project itself;
 * - requirements: once the project has at least one requirement (the card lists them);
 * - debriefs: once any review of the project has a recorded debrief;
 * - the stored sections: when every field they hold has content (filledCardSections).
 * `content` is null while the card has never been saved.
 */
export function cardSectionsFilled(input: {
  content: CardContent | null;
  requirementCount: number;
  hasDebrief: boolean;
}): CardSection[] {
  const filled = new Set<CardSection>(["summary"]);
  if (input.requirementCount > 0) filled.add("requirements");
  if (input.hasDebrief) filled.add("debriefs");
  if (input.content) for (const s of filledCardSections(input.content)) filled.add(s);
  return CARD_SECTIONS.filter((s) => filled.has(s));
}
