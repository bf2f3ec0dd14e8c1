/** Reads a Server-Sent Events stream, calling `onEvent` with each event until the stream ends (or its request is aborted). */
export async function readEvents(response: Response, onEvent: (event: { id: string; type: string; data: string }) => void): Promise<void> {
	const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
	let buffer = '';
	for (;;) {
		const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
		if (done) return;
		buffer += value;
		let end: number;
		while ((end = buffer.indexOf('\n\n')) >= 0) {
			const block = buffer.slice(0, end);
			buffer = buffer.slice(end + 2);
			const field = (name: string) => block.split('\n').find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
			const data = field('data');
			if (data !== undefined) onEvent({ id: field('id') ?? '', type: field('event') ?? 'message', data });
		}
	}
}
