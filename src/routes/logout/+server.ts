import { redirect, type RequestHandler } from '@sveltejs/kit';
import { clearSessionCookie } from '$lib/server/auth/cookies';
import { invalidateSession } from '$lib/server/auth/sessions';

export const POST: RequestHandler = async (event) => {
	if (event.locals.session) await invalidateSession(event.locals.session.id);
	clearSessionCookie(event);
	redirect(303, '/login');
};
