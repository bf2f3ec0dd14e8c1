import { randomUUID } from 'node:crypto';
import { DomainError } from '$lib/domain/errors';
import type { TagType, TagTypeInput } from '$lib/domain/tags';
import { read, write } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';

export async function listTagTypes(): Promise<TagType[]> {
	return (await read<{ tag: TagType }>('tags/list')).map((r) => r.tag);
}

export async function tagsOf(entityId: string): Promise<TagType[]> {
	return (await read<{ tag: TagType }>('tags/of-entity', { id: entityId })).map((r) => r.tag);
}

export async function createTagType(input: TagTypeInput): Promise<string> {
	const [row] = await write<{ id: string }>('tags/create', { id: randomUUID(), ...input });
	return row!.id;
}

export async function updateTagType(id: string, input: TagTypeInput): Promise<void> {
	const [row] = await write('tags/update', { id, ...input });
	if (!row) throw new DomainError('TAG_NOT_EDITABLE', 'error.tag.notEditable', 404);
}

/** Refuses while entities carry the tag, unless the caller confirms exactly how many. */
export async function deleteTagType(id: string, confirmedCount: number | null): Promise<number> {
	const [row] = await write<{ count: number; deleted: boolean }>('tags/delete', { id, confirmedCount: confirmedCount ?? -1 });
	if (!row) throw new DomainError('TAG_NOT_EDITABLE', 'error.tag.notEditable', 404);
	if (!row.deleted) throw new DomainError('TAG_IN_USE', 'error.tag.inUse', 409, { count: row.count });
	return row.count;
}

export async function tagEntity(entityId: string, tagId: string, actor: Actor, allowInternal = false): Promise<void> {
	const [row] = await write<{ problem: string | null; tag: string; type: string; allowed: string[] }>('tags/tag', {
		entityId,
		tagId,
		actorId: actor.id,
		allowInternal
	});
	if (!row) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
	if (row.problem) {
		throw new DomainError(row.problem, `error.tag.${row.problem}`, 422, { tag: row.tag, type: row.type, allowed: row.allowed.join(', ') });
	}
}

export async function untagEntity(entityId: string, tagId: string, actor: Actor, allowInternal = false): Promise<void> {
	const [row] = await write<{ refused: boolean }>('tags/untag', { entityId, tagId, actorId: actor.id, allowInternal });
	if (!row) throw new DomainError('NOT_TAGGED', 'error.tag.notTagged', 404);
	if (row.refused) throw new DomainError('TAG_INTERNAL', 'error.tag.TAG_INTERNAL', 422);
}
