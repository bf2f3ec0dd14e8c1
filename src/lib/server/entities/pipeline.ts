/**
 * The one write pipeline of every entity kind: validate → normalise (phones to E.164, e-mails,
 * names) → derive (display name, sort and search fields) → store → history, in one transaction.
 * Forms, GraphQL mutations, the triple import, the demo data and user accounts all write through it.
 */
import { randomUUID } from 'node:crypto';
import { DomainError } from '$lib/domain/errors';
import { parseWith, type FieldErrors } from '$lib/domain/forms';
import { can } from '$lib/domain/roles';
import type { EntityKind } from '$lib/kinds/define';
import { inputSchema, titleOf } from '$lib/kinds/schema';
import { getSettings, type Settings } from '$lib/server/app/settings';
import { writeTx, type Tx } from '$lib/server/db/driver';
import { emitEvent } from '$lib/server/events/outbox';
import { notify } from '$lib/server/notifications/notify';
import { entityUrl } from '$lib/kinds/registry';
import type { Actor } from './actor';
import { diff, recordChange } from './history';
import { normalisePhones } from './phones';
import { searchText, sortKey } from './search-text';

/** Stored for the index and sorting only; never shown, never diffed. */
export const DERIVED = ['sortName', 'searchText'];

export interface WriteContext {
	actor: Actor;
	settings: Settings;
	/** The product's own writes (the demo data, a workflow step) set read-only fields too. */
	system?: boolean;
}

export type Checked = { ok: true; props: Record<string, unknown> } | { ok: false; fieldErrors: FieldErrors };

const stringsOf = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * Validates, normalises and derives, writing nothing: the properties to store, or every field error
 * at once (keyed like the form: `phones.1`). `existing` is the stored record of an update.
 */
export function checkEntity(kind: EntityKind, raw: Record<string, unknown>, ctx: WriteContext, existing: Record<string, unknown> | null = null): Checked {
	const input: Record<string, unknown> = { ...raw };
	const admin = can(ctx.actor.role, 'settings:admin');
	for (const name of kind.fieldNames) {
		const spec = kind.fields[name]!;
		// Only administrators set these (our own companies); from anyone else the stored value stays.
		if ((spec.adminOnly && !admin) || (spec.readOnly && !ctx.system)) input[name] = existing ? existing[name] : spec.default;
		else if (input[name] === undefined && spec.default !== undefined) input[name] = existing ? existing[name] : spec.default;
	}
	const parsed = parseWith(inputSchema(kind), input);
	const errors: FieldErrors = parsed.ok ? {} : { ...parsed.fieldErrors };
	const normalised: Record<string, unknown> = {};
	for (const name of kind.fieldNames) {
		const spec = kind.fields[name]!;
		if (spec.kind === 'phones') {
			// Indexed as typed, blanks included, so that an error sits under the right box of the form.
			const result = normalisePhones(stringsOf(input[name]), ctx.settings.defaultPhoneCountry);
			normalised[name] = result.phones;
			for (const [key, message] of Object.entries(result.errors)) errors[key.replace(/^phones/, name)] ??= message;
		}
		if (spec.optionsFrom === 'categories' && parsed.ok) {
			const value = parsed.data[name];
			// A value no longer offered may stay on a record that already has it.
			if (typeof value === 'string' && value !== existing?.[name] && !ctx.settings.categories.includes(value)) errors[name] ??= 'error.category';
		}
	}
	if (!parsed.ok || Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
	const props: Record<string, unknown> = { ...parsed.data, ...normalised };
	const name = titleOf(kind, props);
	return { ok: true, props: { ...props, name, sortName: sortKey(name), searchText: searchText(kind, props) } };
}

/** checkEntity, or the 422 of every field error at once; a workflow's kind only from the product itself. */
export function checkOrThrow(kind: EntityKind, raw: Record<string, unknown>, ctx: WriteContext, existing: Record<string, unknown> | null = null) {
	if (kind.workflow && !ctx.system) throw new DomainError('WORKFLOW_KIND', 'error.workflowKind', 422, { type: kind.labels.en.one });
	const checked = checkEntity(kind, raw, ctx, existing);
	if (!checked.ok) throw new DomainError('INVALID_INPUT', 'error.form', 422, {}, checked.fieldErrors);
	return checked.props;
}

/** Tells the user a record belongs to that someone else changed it. */
export async function notifyOwner(tx: Tx, stored: Record<string, unknown>, entity: { id: string; type: string; name: string }, actor: Actor, title: string): Promise<void> {
	const owner = stored.ownerId;
	if (typeof owner !== 'string' || owner === actor.id) return;
	await notify(tx, { userIds: [owner], title, params: { name: entity.name }, link: entityUrl(entity.type, entity.id) });
}

export interface NewEntity {
	id: string;
	type: string;
	props: Record<string, unknown>;
}

/** Stores checked entities and their "created" history entries in the caller's transaction. */
export function storeNewEntities(tx: Tx, rows: NewEntity[], actor: Actor): Promise<unknown> {
	return rows.length === 0 ? Promise.resolve() : tx.query('entities/create', { rows, actorId: actor.id });
}

const asRecord = (raw: unknown): Record<string, unknown> => (raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {});

/** Tells every open page (live events) that a record changed, so they can offer to reload. */
export function announceChange(tx: Tx, entity: { id: string; type: string; name: string }, action: string, actor: Actor): Promise<unknown> {
	return emitEvent(tx, 'entity.changed', { staff: true }, { entityId: entity.id, entityType: entity.type, name: entity.name, action, actorId: actor.id });
}

/** Creates one entity of `kind` from raw input (a form, a GraphQL input). Returns its id. */
export async function createEntity(kind: EntityKind, raw: unknown, actor: Actor, extra: Record<string, unknown> = {}): Promise<string> {
	const props = checkOrThrow(kind, asRecord(raw), { actor, settings: await getSettings() });
	const id = randomUUID();
	await writeTx(async (tx) => {
		await storeNewEntities(tx, [{ id, type: kind.type, props: { ...props, ...extra } }], actor);
		await announceChange(tx, { id, type: kind.type, name: String(props.name) }, 'created', actor);
	});
	return id;
}

/**
 * Many entities of one kind in the caller's transaction (the demo data, an import): every row is
 * checked first; one refused row refuses them all, with the errors of each refused row by index.
 */
export async function createEntitiesInTx(
	tx: Tx,
	kind: EntityKind,
	raws: { id?: string; values: Record<string, unknown>; extra?: Record<string, unknown> }[],
	ctx: WriteContext
): Promise<string[]> {
	if (kind.workflow && !ctx.system) throw new DomainError('WORKFLOW_KIND', 'error.workflowKind', 422, { type: kind.labels.en.one });
	const rows: NewEntity[] = [];
	const refused: { index: number; fieldErrors: FieldErrors }[] = [];
	raws.forEach((raw, index) => {
		const checked = checkEntity(kind, raw.values, ctx);
		if (!checked.ok) refused.push({ index, fieldErrors: checked.fieldErrors });
		else rows.push({ id: raw.id ?? randomUUID(), type: kind.type, props: { ...checked.props, ...raw.extra } });
	});
	if (refused.length > 0) {
		const first = refused[0]!;
		throw new DomainError('INVALID_INPUT', 'error.rows', 422, { row: first.index + 1, count: refused.length }, first.fieldErrors);
	}
	await storeNewEntities(tx, rows, ctx.actor);
	return rows.map((r) => r.id);
}

/** Applies raw input to a live entity if nobody saved it since `version`; otherwise 409 so the user can reload. */
export async function updateEntity(kind: EntityKind, id: string, version: string, raw: unknown, actor: Actor): Promise<void> {
	const settings = await getSettings();
	await writeTx(async (tx) => {
		const [current] = await tx.query<{ entity: Record<string, unknown> }>('entities/get', { id, scope: null });
		if (!current || current.entity.type !== kind.type || current.entity.deletedAt) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
		const props = checkOrThrow(kind, asRecord(raw), { actor, settings }, current.entity);
		const [row] = await tx.query<{ current: boolean; before: Record<string, unknown> }>('entities/update', { type: kind.type, id, version, props, actorId: actor.id });
		if (!row) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
		if (!row.current) throw new DomainError('STALE_VERSION', 'error.stale', 409);
		const fields = diff(row.before, props, DERIVED);
		if (fields.length === 0) return;
		await recordChange(tx, id, 'updated', actor, fields);
		await announceChange(tx, { id, type: kind.type, name: String(props.name) }, 'updated', actor);
		await notifyOwner(tx, row.before, { id, type: kind.type, name: String(props.name) }, actor, 'notify.entityChanged');
	});
}
