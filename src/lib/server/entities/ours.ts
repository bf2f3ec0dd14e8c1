import type { Visibility } from '$lib/server/access/visibility';
import { read } from '$lib/server/db/driver';

/** Our own organisations (marked managed) that `scope` sees, live ones, by name. */
export const ourOrganisations = (scope: Visibility) => read<{ id: string; name: string }>('entities/ours', { scope });
