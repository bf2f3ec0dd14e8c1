import { z } from 'zod';
import type { EntityType } from '$lib/domain/entities';
import { DomainError } from '$lib/domain/errors';
import { parseOrThrow } from '$lib/domain/forms';
import { relateInput } from '$lib/domain/relations';
import type { Permission } from '$lib/domain/roles';
import type { Actor } from '$lib/server/entities/actor';
import { tripleQuery } from '$lib/domain/triples';
import { createContact, updateContact } from '$lib/server/entities/contacts';
import { createOrganisation, updateOrganisation } from '$lib/server/entities/organisations';
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
async function entityPayload(type: EntityType, entityId: string) {
	const entity = await getEntity(type, entityId);
	return { entity: { id: entity.id, type, name: entity.name }, version: entity.version };
}

/** Through the API, entities in the trash do not exist (restoring them is done in the web interface). */
async function requireLive(type: EntityType, entityId: string): Promise<void> {
	const entity = await getEntity(type, entityId);
	if (entity.deletedAt) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
}

/** GraphQL leaves absent lists out; the forms always send them. */
const withLists = (input: Args) => ({ ...input, phones: input.phones ?? [], emails: input.emails ?? [] });

/** Saves a live entity with the web interface's `update`, then answers with its new version. */
async function updateLive(
	type: EntityType,
	update: (id: string, version: string, raw: unknown, actor: Actor) => Promise<void>,
	args: EntityUpdateArgs,
	actor: Actor
) {
	const entityId = id(args.id);
	await requireLive(type, entityId);
	await update(entityId, args.version, withLists(args.input), actor);
	return entityPayload(type, entityId);
}

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
		createOrganisation: allowed('entity:write', async (args: { input: Args }, actor) => entityPayload('Organisation', await createOrganisation(withLists(args.input), actor))),
		updateOrganisation: allowed('entity:write', (args: EntityUpdateArgs, actor) => updateLive('Organisation', updateOrganisation, args, actor)),
		createContact: allowed('entity:write', async (args: { input: Args }, actor) => entityPayload('Contact', await createContact(withLists(args.input), actor))),
		updateContact: allowed('entity:write', (args: EntityUpdateArgs, actor) => updateLive('Contact', updateContact, args, actor)),
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
