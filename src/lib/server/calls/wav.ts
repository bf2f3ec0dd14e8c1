/**
 * The recording of a simulated call: a WAV file (PCM, 8 kHz, 16-bit, mono, as telephone audio is)
 * of two alternating tones, as long as the call up to ten seconds, so that the player has something
 * real to play.
 */
const RATE = 8_000;

export function simulatedRecording(seconds: number): Buffer {
	const samples = Math.max(1, Math.min(10, Math.round(seconds))) * RATE;
	const wav = Buffer.alloc(44 + samples * 2);
	wav.write('RIFF', 0, 'ascii');
	wav.writeUInt32LE(36 + samples * 2, 4);
	wav.write('WAVEfmt ', 8, 'ascii');
	wav.writeUInt32LE(16, 16); // fmt chunk size
	wav.writeUInt16LE(1, 20); // PCM
	wav.writeUInt16LE(1, 22); // mono
	wav.writeUInt32LE(RATE, 24);
	wav.writeUInt32LE(RATE * 2, 28); // bytes per second
	wav.writeUInt16LE(2, 32); // block align
	wav.writeUInt16LE(16, 34); // bits per sample
	wav.write('data', 36, 'ascii');
	wav.writeUInt32LE(samples * 2, 40);
	for (let i = 0; i < samples; i++) {
		const frequency = Math.floor(i / (RATE / 2)) % 2 === 0 ? 440 : 554;
		wav.writeInt16LE(Math.round(Math.sin((2 * Math.PI * frequency * i) / RATE) * 8_000), 44 + i * 2);
	}
	return wav;
}
