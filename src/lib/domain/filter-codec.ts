import type { FilterNode } from '$lib/domain/filters';

/** base64url of the JSON, the same encoding Node's Buffer reads on the server. */
export function encodeFilter(filter: FilterNode): string {
	const bytes = new TextEncoder().encode(JSON.stringify(filter));
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export const emptyFilter = (): FilterNode => ({ kind: 'group', op: 'and', items: [] });
