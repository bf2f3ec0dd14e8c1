/**
 * Where a contact or company stands with one of our own companies. Suspect, prospect, customer and
 * inactive customer are stages of one lifecycle: it is at most at one of them, and moving on replaces the former
 * stage. Competitor is not a stage; it sits beside them.
 */
export const LIFECYCLE_STAGES = ['IS_SUSPECT_OF', 'IS_PROSPECT_OF', 'IS_CUSTOMER_OF', 'IS_INACTIVE_CUSTOMER_OF'] as const;

/** The one-click relations to our company on an entity page (Creme's "become…" buttons). */
export const STANDING_KEYS = [...LIFECYCLE_STAGES, 'IS_COMPETITOR_OF'] as const;

export type StandingKey = (typeof STANDING_KEYS)[number];

export const isStandingKey = (key: string): key is StandingKey => (STANDING_KEYS as readonly string[]).includes(key);
export const isLifecycleStage = (key: string) => (LIFECYCLE_STAGES as readonly string[]).includes(key);

/** A standing relation the entity has, and the one it replaced when it was just changed. */
export interface StandingSide {
	key: string;
	predicate: string;
	predicateFr: string | null;
}
