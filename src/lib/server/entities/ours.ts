import { read } from '$lib/server/db/driver';

/** Our own organisations (marked managed), live ones, by name. */
export const ourOrganisations = () => read<{ id: string; name: string }>('entities/ours');
