import type { EntityType } from '$lib/domain/entities';
import { relateInput } from '$lib/domain/relations';
import { parseOrThrow } from '$lib/domain/forms';
import { translate } from '$lib/i18n';
import { ourOrganisations } from '$lib/server/entities/ours';
import { readForm, stringField } from '$lib/server/web/forms';
import { relate, unrelate } from '$lib/server/relations/relate';
import { changeStanding } from '$lib/server/relations/standing';
import { predicateOf } from '$lib/domain/relations';
import { STANDING_KEYS } from '$lib/domain/standing';
import { graphSides } from '$lib/server/explorer/network';
import { relationTypesFor } from '$lib/server/relations/relation-types';
import { groupByPredicate, relationsOf } from '$lib/server/relations/relations';
import { listTagTypes, tagEntity, tagsOf, untagEntity } from '$lib/server/relations/tags';
import { historyOf } from '$lib/server/entities/history';
import { attempt, failed, requireSignedIn } from '$lib/server/web/http';
import type { RequestEvent } from '@sveltejs/kit';
import type { SessionUser } from '$lib/server/auth/sessions';
import { assertMayOn, assertMayRelate, assertMayUnrelate } from '$lib/server/access/guard';
import type { Visibility } from '$lib/server/access/visibility';

/** The timeline page asked for in the URL (`?history=2`). */
function historyPage(url: URL): number {
	const n = Number(url.searchParams.get('history'));
	return Number.isInteger(n) && n > 1 ? Math.min(n, 10_000) : 1;
}

/**
 * Everything an entity page shows besides the entity itself: the tab asked for in the URL
 * (`?tab=graph`), the tags, and the relations and timeline (`?history=` its page) on the details tab
 * or the explorer's sides on the graph tab.
 */
export async function loadEntityPanels(entityId: string, type: EntityType, canWrite: boolean, url: URL, scope: Visibility) {
	const tab = url.searchParams.get('tab') === 'graph' ? ('graph' as const) : ('details' as const);
	// The graph tab shows the tags and the explorer only: the relations block and the timeline are not read.
	const details = tab === 'details';
	const none = Promise.resolve([]);
	const [relations, tags, history, relationTypes, tagTypes, ours, sides] = await Promise.all([
		details ? relationsOf(entityId, scope) : none,
		tagsOf(entityId),
		details ? historyOf(entityId, scope, historyPage(url)) : null,
		details && canWrite ? relationTypesFor(entityId) : none,
		canWrite ? listTagTypes() : none,
		details && canWrite ? ourOrganisations(scope) : none,
		details ? none : graphSides()
	]);
	const offered = new Set(relationTypes.map((p) => p.side.key));
	return {
		tab,
		canWrite,
		relationGroups: groupByPredicate(relations),
		relationTypes,
		tags,
		tagTypes: tagTypes.filter(
			(t) => !t.internal && (t.entityTypes.length === 0 || t.entityTypes.includes(type)) && !tags.some((x) => x.id === t.id)
		),
		history,
		ours: ours.filter((o) => o.id !== entityId),
		shortcuts: STANDING_KEYS.filter((key) => offered.has(key)),
		sides
	};
}

type ActionEvent = Pick<RequestEvent, 'request' | 'locals'> & { params: { id: string } };

const mayChange = (entityId: string, _value: string, user: SessionUser) => assertMayOn(user, entityId, 'change');

type Work = (entityId: string, value: string, user: SessionUser) => Promise<unknown>;

/** An action that does one thing to the page's entity with one submitted field, once allowed, then says it is done. */
function oneFieldAction(field: string, allowed: Work, work: Work, message: string) {
	return async ({ request, locals, params }: ActionEvent) => {
		const user = requireSignedIn(locals);
		const form = await readForm(request, []);
		const done = await attempt(locals, async () => {
			await allowed(params.id, stringField(form, field), user);
			return work(params.id, stringField(form, field), user);
		});
		if (failed(done)) return done;
		return { ok: true as const, message: translate(locals.locale, message) };
	};
}

/** Form actions shared by every entity page. */
export const entityPanelActions = {
	relate: async ({ request, locals, params }: ActionEvent) => {
		const user = requireSignedIn(locals);
		const form = await readForm(request, ['objects']);
		const done = await attempt(
			locals,
			async () => {
				const input = parseOrThrow(relateInput, {
					type: form.type,
					objects: form.objects,
					attributes: { since: form.since, until: form.until, note: form.note }
				});
				await assertMayRelate(user, params.id, input.objects);
				return relate(params.id, input.type, input.objects, user, input.attributes);
			},
			form
		);
		if (failed(done)) return done;
		return { ok: true as const, message: translate(locals.locale, 'relations.added', { count: done.length }) };
	},
	shortcut: async ({ request, locals, params }: ActionEvent) => {
		const user = requireSignedIn(locals);
		const form = await readForm(request, []);
		const ours = stringField(form, 'ours');
		const done = await attempt(locals, async () => {
			await assertMayRelate(user, params.id, [ours]);
			return changeStanding(params.id, ours, stringField(form, 'type'), user);
		});
		if (failed(done)) return done;
		const now = predicateOf(done.now, locals.locale);
		const [before] = done.replaced;
		const message = before
			? translate(locals.locale, 'relations.standingReplaced', { now, before: predicateOf(before, locals.locale) })
			: translate(locals.locale, 'relations.standingAdded', { now });
		return { ok: true as const, message };
	},
	unrelate: oneFieldAction('relation', (entityId, relationId, user) => assertMayUnrelate(user, entityId, relationId), unrelate, 'relations.removed'),
	tag: oneFieldAction('tag', mayChange, tagEntity, 'tags.added'),
	untag: oneFieldAction('tag', mayChange, untagEntity, 'tags.removed')
};
