/** Who has a phone number: the organisations and contacts an incoming call may be from. */
import type { CallerMatch } from '$lib/domain/calls';
import { read } from '$lib/server/db/driver';
import { phoneSearchTokens } from '$lib/server/entities/phones';

export async function callersOf(e164: string): Promise<CallerMatch[]> {
	// The international digits are the first of the words a phone is indexed under.
	const [token] = phoneSearchTokens(e164);
	return read<CallerMatch>('calls/lookup', { e164, token: `"${token}"` });
}
