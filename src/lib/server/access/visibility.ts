/**
 * What a principal may see, as one parameter (`$scope`) of the product's read queries. A query says
 * where an entity must be visible with a `/*VISIBLE(n)*\/` marker; the driver replaces it with the
 * predicate of cypher/access/visible.cypher for a restricted principal, and with `true` for one who
 * sees everything, so that staff queries (and their plans) stay exactly as they were.
 */
import type { Action } from '$lib/domain/access';
import { KINDS } from '$lib/kinds/registry';
import type { SessionUser } from '$lib/server/auth/sessions';
import { cypher } from '$lib/server/db/queries';

export interface VisibilityScope {
	restricted: true;
	principal: string;
	organisationId: string | null;
	/** Kinds visible whole, own records only, their organisation's only. */
	all: string[];
	own: string[];
	organisation: string[];
	/** Per kind: the properties holding the id of the user a record belongs to. */
	owners: Record<string, string[]>;
	/** Per kind: the native relation types that tie a record to an organisation. */
	links: Record<string, string[]>;
}

/** Null: everything is visible. */
export type Visibility = VisibilityScope | null;

const OWNERS = Object.fromEntries(KINDS.map((k) => [k.type, [...(k.access?.owners ?? ['ownerId'])]]));
const LINKS = Object.fromEntries(
	KINDS.map((k) => {
		const link = k.access?.organisation;
		return [k.type, link && link !== 'self' ? [link.via] : []];
	})
);

/** The principal's scope for `action` on every kind; null when it covers every record of every kind. */
export function visibilityFor(principal: Pick<SessionUser, 'id' | 'organisationId' | 'access'>, action: Action = 'view'): Visibility {
	const byScope = { all: [] as string[], own: [] as string[], organisation: [] as string[] };
	for (const kind of KINDS) {
		const scope = principal.access[kind.type][action];
		if (scope !== 'none') byScope[scope].push(kind.type);
	}
	if (byScope.all.length === KINDS.length) return null;
	return { restricted: true, principal: principal.id, organisationId: principal.organisationId, ...byScope, owners: OWNERS, links: LINKS };
}

const fragments = new Map<string, string>();

/** The predicate over `variable`, reading the scope from `param` ($scope, or another parameter). */
function visibleFragment(variable: string, param: string): string {
	const key = `${variable} ${param}`;
	let fragment = fragments.get(key);
	if (fragment === undefined) {
		fragment = cypher('access/visible').replace(/^\s*\/\/.*$/gm, '').trim().replaceAll('THIS', variable).replaceAll('$scope', param);
		fragments.set(key, fragment);
	}
	return fragment;
}

// /*VISIBLE(n)*/, /*AND VISIBLE(n)*/, and /*VISIBLE(n, actionScope)*/ for a scope in another parameter.
const MARKER = /\/\*(AND )?VISIBLE\((\w+)(?:,\s*(\w+))?\)\*\//g;

/**
 * Fills the visibility markers of a query from its parameters: `/*VISIBLE(n)*\/` (an expression,
 * `true` for a principal who sees everything) and `/*AND VISIBLE(n)*\/` (the end of a WHERE, then gone
 * entirely, so their query and its plan stay as they were), reading `$scope` or the parameter named
 * after the variable. A query with markers whose scope parameter is missing is a mistake (a read
 * path that forgot access): it throws rather than show everything.
 */
export function withVisibility(text: string, params: Record<string, unknown>): string {
	if (!text.includes('VISIBLE(')) return text;
	return text.replace(MARKER, (_, and: string | undefined, variable: string, param = 'scope') => {
		if (!(param in params)) throw new Error(`This query reads entities: pass the principal's visibility as params.${param}.`);
		if (params[param] === null) return and ? '' : 'true';
		return `${and ?? ''}${visibleFragment(variable, `$${param}`)}`;
	});
}

/**
 * The markers of a statement whose scope is known only when it runs (GraphQL type definitions are
 * the same for every principal; they read `$jwt.scope`): both forms test it there, null seeing all.
 */
export function withScopeParameter(text: string, param: string): string {
	return text.replace(MARKER, (_, and: string | undefined, variable: string) => `${and ?? ''}(${param} IS NULL OR ${visibleFragment(variable, param)})`);
}
