import { z } from 'zod';
import { parseOrThrow } from '$lib/domain/forms';
import { relateInput } from '$lib/domain/relations';
import type { Actor } from '$lib/server/entities/actor';
import { assertMay, assertMayOn, assertMayRelate, assertMayUnrelate, visibleTo } from '$lib/server/access/guard';
import type { SessionUser } from '$lib/server/auth/sessions';
import { tripleQuery } from '$lib/domain/triples';
import { KINDS, type Kind } from '$lib/kinds/registry';
import { createEntity, updateEntity } from '$lib/server/entities/pipeline';
import { getEntity } from '$lib/server/entities/records';
import { trashEntity } from '$lib/server/entities/trash';
import { shortestPaths } from '$lib/server/explorer/graph-paths';
import { baseFor } from '$lib/server/rdf/rdf';
import { quadToJson } from '$lib/server/rdf/rdf-formats';
import { relate, unrelate } from '$lib/server/relations/relate';
import { tagEntity, untagEntity } from '$lib/server/relations/tags';
import { queryTriples } from '$lib/server/rdf/triples';
import type { GraphQLContext } from '$lib/server/graphql/context';
import { domainErrors, requireSignedIn } from '$lib/server/graphql/errors';

// The fields schema.graphql declares without @cypher: each calls the module the web interface
// calls, under the same access rules, so validation, refusals and history are the same.

const idSchema = z.string().trim().min(1).max(64);
const id = (v: unknown) => parseOrThrow(idSchema, v);

type Args = Record<string, unknown>;
type EntityUpdateArgs = { id: string; version: string; input: Args };

/**
 * A resolver for a signed-in principal: `work` gets the arguments and that principal (as the actor of
 * any change, whose access `work` checks), and our refusals come out as GraphQL errors with their code.
 */
function signedIn<A>(work: (args: A, actor: SessionUser & Actor, ctx: GraphQLContext) => Promise<unknown>) {
	return (_: unknown, args: A, ctx: GraphQLContext) => domainErrors(() => work(args, requireSignedIn(ctx.user), ctx));
}

/** An entity as the mutations return it: who it is and the version to send back with an update. */
async function entityPayload(kind: Kind, entityId: string) {
	const entity = await getEntity(entityId, kind.type);
	return { entity: { id: entity.id, type: kind.type, name: entity.name }, version: entity.version };
}

/** GraphQL leaves absent lists out; the forms always send them (an absent list is an empty one). */
function withLists(kind: Kind, input: Args): Args {
	const lists = kind.fieldNames.filter((f) => kind.fields[f]!.multiple);
	return { ...input, ...Object.fromEntries(lists.map((f) => [f, input[f] ?? []])) };
}

/** create<Kind> and update<Kind> for every entity kind: the web interface's write pipeline. */
const entityMutations = Object.fromEntries(
	KINDS.filter((kind) => !kind.workflow).flatMap((kind) => [
		[
			`create${kind.type}`,
			signedIn(async (args: { input: Args }, actor) => {
				assertMay(actor, kind.type, 'create');
				return entityPayload(kind, await createEntity(kind, withLists(kind, args.input), actor));
			})
		],
		[
			`update${kind.type}`,
			signedIn(async (args: EntityUpdateArgs, actor) => {
				await assertMayOn(actor, id(args.id), 'change');
				// Through the API, entities in the trash do not exist (the pipeline refuses them as not found).
				await updateEntity(kind, id(args.id), args.version, withLists(kind, args.input), actor);
				return entityPayload(kind, id(args.id));
			})
		]
	])
);

export const resolvers = {
	Query: {
		triples: signedIn(async (args: Args, user, ctx) => {
			const query = parseOrThrow(tripleQuery, { s: args.s, p: args.p, o: args.o, page: args.page, size: args.size });
			const result = await queryTriples(query, baseFor(ctx.url), visibleTo(user));
			return { triples: result.quads.map(quadToJson), page: query.page, size: query.size, hasMore: result.hasMore };
		}),
		paths: signedIn((args: Args, user) =>
			shortestPaths(String(args.from), String(args.to), visibleTo(user), { maxLength: args.maxLength as number, limit: args.limit as number })
		)
	},
	TripleObject: {
		iri: (o: { iri?: string }) => o.iri ?? null,
		literal: (o: { literal?: string }) => o.literal ?? null,
		datatype: (o: { datatype?: string }) => o.datatype ?? null,
		lang: (o: { lang?: string }) => o.lang ?? null
	},
	Mutation: {
		relate: signedIn(async (args: Args, actor) => {
			const subject = id(args.subject);
			const input = parseOrThrow(relateInput, { type: args.type, objects: args.objects, attributes: args.attributes ?? {} });
			await assertMayRelate(actor, subject, input.objects);
			return { relationIds: await relate(subject, input.type, input.objects, actor, input.attributes) };
		}),
		unrelate: signedIn(async (args: Args, actor) => {
			await assertMayUnrelate(actor, id(args.entity), id(args.relation));
			await unrelate(id(args.entity), id(args.relation), actor);
			return true;
		}),
		...entityMutations,
		trashEntity: signedIn(async (args: Args, actor) => {
			await assertMayOn(actor, id(args.id), 'delete');
			await trashEntity(id(args.id), actor);
			return true;
		}),
		tag: signedIn(async (args: Args, actor) => {
			await assertMayOn(actor, id(args.entity), 'change');
			await tagEntity(id(args.entity), id(args.tag), actor);
			return true;
		}),
		untag: signedIn(async (args: Args, actor) => {
			await assertMayOn(actor, id(args.entity), 'change');
			await untagEntity(id(args.entity), id(args.tag), actor);
			return true;
		})
	}
};
