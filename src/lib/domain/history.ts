export type ChangeAction =
	| 'created'
	| 'updated'
	| 'trashed'
	| 'restored'
	| 'tagged'
	| 'untagged'
	| 'related'
	| 'unrelated'
	// Sales: confirmed below the stock by a manager, a mail sent to the customer, an expired coupon removed.
	| 'stockOverride'
	| 'mailed'
	| 'couponRemoved';

/** The actor of the changes made by loading the demo data. */
export const DEMO_ACTOR_ID = 'demo';

export interface FieldChange {
	field: string;
	before: unknown;
	after: unknown;
}

/** One line of an entity's timeline, already read from that entity's side. */
export interface HistoryEntry {
	id: string;
	at: string;
	actorId: string | null;
	actorName: string;
	action: ChangeAction;
	fields: FieldChange[];
	relation: { predicate: string; predicateFr: string | null; otherId: string; otherName: string } | null;
	tag: string | null;
}
