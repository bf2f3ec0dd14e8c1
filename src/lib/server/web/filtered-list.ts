import { redirect, type RequestEvent } from '@sveltejs/kit';
import { setFlash } from '$lib/server/web/flash';
import type { ListQuery } from '$lib/domain/entities';
import type { Kind } from '$lib/kinds/registry';
import type { Visibility } from '$lib/server/access/visibility';
import { listEntities } from '$lib/server/entities/listing';
import { DomainError } from '$lib/domain/errors';
import { filterProblem, savedFilterInput, type FilterNode, type SavedFilter } from '$lib/domain/filters';
import { parseOrThrow } from '$lib/domain/forms';
import { translate } from '$lib/i18n';
import { readForm, stringField } from '$lib/server/web/forms';
import { attempt, failed, requireSignedIn } from '$lib/server/web/http';
import type { RelationTypePair } from '$lib/domain/relations';
import type { Keeper } from '$lib/domain/roles';
import { listTagTypes } from '$lib/server/relations/tags';
import { listRelationTypes } from '$lib/server/relations/relation-types';
import { countFilter, runFilter } from '$lib/server/relations/filters';
import { deleteSavedFilter, getSavedFilter, saveFilter, visibleFilters } from '$lib/server/relations/saved-filters';
import { kindOfRoute } from './kinds';
import { getSettings } from '$lib/server/app/settings';

/** A filter travels in the URL as base64url JSON (`?f=`), so a filtered list can be bookmarked and shared. */
function decodeFilter(encoded: string): FilterNode {
	let json: unknown;
	try {
		json = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
	} catch {
		throw new DomainError('INVALID_FILTER', 'error.filter.invalid', 400);
	}
	// A well-formed filter with a condition left blank says which, rather than matching nothing.
	const checked = filterProblem(json);
	if (!checked.ok) throw new DomainError('INCOMPLETE_FILTER', checked.message, 422);
	return checked.filter;
}

/** Every side a filter may name, with what its subject and object may be. */
function filterSides(pairs: RelationTypePair[]) {
	return pairs.flatMap((p) => {
		const forward = { key: p.side.key, predicate: p.side.predicate, predicateFr: p.side.predicateFr, subjectTypes: p.side.subjectTypes, objectTypes: p.partner.subjectTypes };
		if (p.side.symmetric) return [forward];
		const backward = { key: p.partner.key, predicate: p.partner.predicate, predicateFr: p.partner.predicateFr, subjectTypes: p.partner.subjectTypes, objectTypes: p.side.subjectTypes };
		return [forward, backward];
	});
}

/**
 * The list page's data: the plain list, or the filter from the URL (`?f=`) or a saved one
 * (`?saved=`) applied to it, plus what the filter builder offers.
 */
export async function filteredList(kind: Kind, url: URL, query: ListQuery, user: Keeper, scope: Visibility) {
	const type = kind.type;
	const savedId = url.searchParams.get('saved');
	const encoded = url.searchParams.get('f');
	let filter: FilterNode | null = null;
	let saved: SavedFilter | null = null;
	if (savedId) {
		saved = await getSavedFilter(savedId, user);
		filter = saved.filter;
	} else if (encoded) filter = decodeFilter(encoded);

	const [list, pairs, tagTypes, savedFilters, settings] = await Promise.all([
		filter ? runFilter(type, filter, query, scope) : listEntities(kind, query, scope).then((p) => ({ ...p, hasMore: p.page * p.size < p.total })),
		listRelationTypes(),
		listTagTypes(),
		visibleFilters(type, user),
		getSettings()
	]);
	return {
		list,
		// A large filtered answer is counted after the page is shown (SvelteKit streams this promise).
		counting: filter && list.total === null ? countFilter(type, filter, query, scope).catch(() => null) : null,
		filter,
		saved,
		savedFilters,
		filterOptions: { sides: filterSides(pairs.filter((p) => p.side.enabled)), tagTypes, categories: settings.categories }
	};
}

type ActionEvent = Pick<RequestEvent, 'request' | 'locals' | 'cookies' | 'url'> & { params: { kind?: string } };

/** Form actions of a filterable list: save the current filter under a name, delete one of mine. */
export const filterActions = {
	saveFilter: async ({ request, locals, params }: ActionEvent) => {
		const type = kindOfRoute(params).type;
		const user = requireSignedIn(locals);
		const form = await readForm(request, []);
		const done = await attempt(
			locals,
			async () => {
				const input = parseOrThrow(savedFilterInput, {
					name: form.name,
					entityType: type,
					shared: form.shared === 'on',
					filter: decodeFilter(stringField(form, 'filter'))
				});
				return saveFilter(input, user);
			},
			form
		);
		if (failed(done)) return done;
		return { ok: true as const, message: translate(locals.locale, 'filters.saved'), savedId: done };
	},
	/** Deletes one of mine and shows the list without it, saying so. */
	deleteFilter: async ({ request, locals, cookies, url }: ActionEvent) => {
		const user = requireSignedIn(locals);
		const form = await readForm(request, []);
		const name = await attempt(locals, () => deleteSavedFilter(stringField(form, 'id'), user.id));
		if (failed(name)) return name;
		setFlash(cookies, { kind: 'ok', message: translate(locals.locale, 'filters.deleted', { name }) });
		redirect(303, url.pathname);
	}
};
