import { z } from 'zod';
import type { EntityKind } from '$lib/kinds/define';

const cache = new Map<string, z.ZodObject>();

/** The input schema of a kind: every field's own schema (raw input → stored value). */
export function inputSchema(kind: EntityKind): z.ZodObject {
	let schema = cache.get(kind.type);
	if (!schema) {
		schema = z.object(Object.fromEntries(kind.fieldNames.map((name) => [name, kind.fields[name]!.schema])));
		cache.set(kind.type, schema);
	}
	return schema;
}

/** The display name from the title fields (a name, or first and last name). */
export function titleOf(kind: EntityKind, values: Record<string, unknown>): string {
	return kind.title.from
		.map((f) => values[f])
		.filter((v) => typeof v === 'string' && v !== '')
		.join(' ');
}
