import type { Role } from '$lib/domain/roles';

/** Who performs a change: recorded on what they create and in the history. */
export interface Actor {
	id: string;
	role: Role;
}
