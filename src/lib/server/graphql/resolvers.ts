import { z } from 'zod';
import type { EntityType } from '$lib/domain/entities';
import { DomainError } from '$lib/domain/errors';
import { parseOrThrow } from '$lib/domain/forms';
import { relateInput } from '$lib/domain/relations';
import { tripleQuery } from '$lib/domain/triples';
import { createContact, updateContact } from '../entities/contacts';
import { createOrganisation, updateOrganisation } from '../entities/organisations';
import { getEntity } from '../entities/records';
import { trashEntity } from '../entities/trash';
import { shortestPaths } from '../graph/paths';
import { baseFor } from '../graph/rdf';
import { quadToJson } from '../graph/rdf-formats';
import { relate, unrelate } from '../graph/relate';
import { tagEntity, untagEntity } from '../graph/tags';
import { queryTriples } from '../graph/triples';
import type { GraphQLContext } from './context';
import { domainErrors, requirePermission } from './errors';

// The fields schema.graphql declares without @cypher: each calls the module the web interface
// calls, with the same permission, so validation, refusals and history are the same.

const id = z.string().trim().min(1).max(64);
const ids = { id: (v: unknown) => parseOrThrow(id, v) };

type Args = Record<string, unknown>;

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

export const resolvers = {
	Query: {
		triples: (_: unknown, args: Args, ctx: GraphQLContext) =>
			domainErrors(async () => {
				requirePermission(ctx.user, 'entity:read');
				const query = parseOrThrow(tripleQuery, { s: args.s, p: args.p, o: args.o, page: args.page, size: args.size });
				const result = await queryTriples(query, baseFor(ctx.url));
				return { triples: result.quads.map(quadToJson), page: query.page, size: query.size, hasMore: result.hasMore };
			}),
		paths: (_: unknown, args: Args, ctx: GraphQLContext) =>
			domainErrors(async () => {
				requirePermission(ctx.user, 'entity:read');
				return shortestPaths(String(args.from), String(args.to), { maxLength: args.maxLength as number, limit: args.limit as number });
			})
	},
	TripleObject: {
		iri: (o: { iri?: string }) => o.iri ?? null,
		literal: (o: { literal?: string }) => o.literal ?? null,
		datatype: (o: { datatype?: string }) => o.datatype ?? null,
		lang: (o: { lang?: string }) => o.lang ?? null
	},
	Mutation: {
		relate: (_: unknown, args: Args, ctx: GraphQLContext) =>
			domainErrors(async () => {
				const actor = requirePermission(ctx.user, 'entity:write');
				const subject = ids.id(args.subject);
				const input = parseOrThrow(relateInput, { type: args.type, objects: args.objects, attributes: args.attributes ?? {} });
				return { relationIds: await relate(subject, input.type, input.objects, actor, input.attributes) };
			}),
		unrelate: (_: unknown, args: Args, ctx: GraphQLContext) =>
			domainErrors(async () => {
				const actor = requirePermission(ctx.user, 'entity:write');
				await unrelate(ids.id(args.entity), ids.id(args.relation), actor);
				return true;
			}),
		createOrganisation: (_: unknown, args: { input: Args }, ctx: GraphQLContext) =>
			domainErrors(async () => {
				const actor = requirePermission(ctx.user, 'entity:write');
				return entityPayload('Organisation', await createOrganisation(withLists(args.input), actor));
			}),
		updateOrganisation: (_: unknown, args: { id: string; version: string; input: Args }, ctx: GraphQLContext) =>
			domainErrors(async () => {
				const actor = requirePermission(ctx.user, 'entity:write');
				const entityId = ids.id(args.id);
				await requireLive('Organisation', entityId);
				await updateOrganisation(entityId, args.version, withLists(args.input), actor);
				return entityPayload('Organisation', entityId);
			}),
		createContact: (_: unknown, args: { input: Args }, ctx: GraphQLContext) =>
			domainErrors(async () => {
				const actor = requirePermission(ctx.user, 'entity:write');
				return entityPayload('Contact', await createContact(withLists(args.input), actor));
			}),
		updateContact: (_: unknown, args: { id: string; version: string; input: Args }, ctx: GraphQLContext) =>
			domainErrors(async () => {
				const actor = requirePermission(ctx.user, 'entity:write');
				const entityId = ids.id(args.id);
				await requireLive('Contact', entityId);
				await updateContact(entityId, args.version, withLists(args.input), actor);
				return entityPayload('Contact', entityId);
			}),
		trashEntity: (_: unknown, args: Args, ctx: GraphQLContext) =>
			domainErrors(async () => {
				const actor = requirePermission(ctx.user, 'entity:write');
				await trashEntity(ids.id(args.id), actor);
				return true;
			}),
		tag: (_: unknown, args: Args, ctx: GraphQLContext) =>
			domainErrors(async () => {
				const actor = requirePermission(ctx.user, 'entity:write');
				await tagEntity(ids.id(args.entity), ids.id(args.tag), actor);
				return true;
			}),
		untag: (_: unknown, args: Args, ctx: GraphQLContext) =>
			domainErrors(async () => {
				const actor = requirePermission(ctx.user, 'entity:write');
				await untagEntity(ids.id(args.entity), ids.id(args.tag), actor);
				return true;
			})
	}
};
