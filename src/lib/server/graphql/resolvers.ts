import { z } from 'zod';
import { parseOrThrow } from '$lib/domain/forms';
import { relateInput } from '$lib/domain/relations';
import type { Permission } from '$lib/domain/roles';
import type { Actor } from '$lib/server/entities/actor';
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
import { domainErrors, requirePermission } from '$lib/server/graphql/errors';

// The fields schema.graphql declares without @cypher: each calls the module the web interface
// calls, with the same permission, so validation, refusals and history are the same.

const idSchema = z.string().trim().min(1).max(64);
const id = (v: unknown) => parseOrThrow(idSchema, v);

type Args = Record<string, unknown>;
type EntityUpdateArgs = { id: string; version: string; input: Args };

/**
 * A resolver for users whose role allows `permission` (the rule of the web interface): `work` gets
 * the arguments and that user (as the actor of any change), and our refusals come out as GraphQL errors with their code.
 */
function allowed<A>(permission: Permission, work: (args: A, actor: Actor, ctx: GraphQLContext) => Promise<unknown>) {
	return (_: unknown, args: A, ctx: GraphQLContext) => domainErrors(() => work(args, requirePermission(ctx.user, permission), ctx));
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
	KINDS.flatMap((kind) => [
		[`create${kind.type}`, allowed('entity:write', async (args: { input: Args }, actor) => entityPayload(kind, await createEntity(kind, withLists(kind, args.input), actor)))],
		[
			`update${kind.type}`,
			allowed('entity:write', async (args: EntityUpdateArgs, actor) => {
				// Through the API, entities in the trash do not exist (the pipeline refuses them as not found).
				await updateEntity(kind, id(args.id), args.version, withLists(kind, args.input), actor);
				return entityPayload(kind, id(args.id));
			})
		]
	])
);

export const resolvers = {
	Query: {
		triples: allowed('entity:read', async (args: Args, _user, ctx) => {
			const query = parseOrThrow(tripleQuery, { s: args.s, p: args.p, o: args.o, page: args.page, size: args.size });
			const result = await queryTriples(query, baseFor(ctx.url));
			return { triples: result.quads.map(quadToJson), page: query.page, size: query.size, hasMore: result.hasMore };
		}),
		paths: allowed('entity:read', (args: Args) =>
			shortestPaths(String(args.from), String(args.to), { maxLength: args.maxLength as number, limit: args.limit as number })
		)
	},
	TripleObject: {
		iri: (o: { iri?: string }) => o.iri ?? null,
		literal: (o: { literal?: string }) => o.literal ?? null,
		datatype: (o: { datatype?: string }) => o.datatype ?? null,
		lang: (o: { lang?: string }) => o.lang ?? null
	},
	Mutation: {
		relate: allowed('entity:write', async (args: Args, actor) => {
			const subject = id(args.subject);
			const input = parseOrThrow(relateInput, { type: args.type, objects: args.objects, attributes: args.attributes ?? {} });
			return { relationIds: await relate(subject, input.type, input.objects, actor, input.attributes) };
		}),
		unrelate: allowed('entity:write', async (args: Args, actor) => {
			await unrelate(id(args.entity), id(args.relation), actor);
			return true;
		}),
		...entityMutations,
		trashEntity: allowed('entity:write', async (args: Args, actor) => {
			await trashEntity(id(args.id), actor);
			return true;
		}),
		tag: allowed('entity:write', async (args: Args, actor) => {
			await tagEntity(id(args.entity), id(args.tag), actor);
			return true;
		}),
		untag: allowed('entity:write', async (args: Args, actor) => {
			await untagEntity(id(args.entity), id(args.tag), actor);
			return true;
		})
	}
};
