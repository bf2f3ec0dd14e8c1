import type { RequestHandler } from './$types';
import { recordingOf } from '$lib/server/calls/recordings';
import { loadOr404, requireReader } from '$lib/server/web/http';

/** The WAV recording of a simulated call the reader may see. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const { user } = requireReader(locals);
	const wav = await loadOr404(locals, () => recordingOf(params.id, user));
	return new Response(new Uint8Array(wav), { headers: { 'content-type': 'audio/wav', 'content-disposition': `inline; filename="call-${params.id}.wav"` } });
};
