import type { PageServerLoad } from './$types';
import { mayCall } from '$lib/domain/calls';
import { DomainError } from '$lib/domain/errors';
import { getSettings } from '$lib/server/app/settings';
import { telephonySettingsView } from '$lib/server/calls/settings';
import { loadOr404, requireSignedIn } from '$lib/server/web/http';

export const load: PageServerLoad = async ({ locals }) => {
	const user = requireSignedIn(locals);
	return loadOr404(locals, async () => {
		if (!mayCall(user.role)) throw new DomainError('FORBIDDEN', 'calls.error.role', 403, { role: `role.${user.role}` });
		const [settings, telephony] = await Promise.all([getSettings(), telephonySettingsView()]);
		return { homeCountry: settings.defaultPhoneCountry, simulated: telephony.simulated };
	});
};
