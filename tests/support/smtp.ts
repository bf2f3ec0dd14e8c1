import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll } from 'vitest';
import { freePort } from './free-port';

export interface ReceivedMail {
	/** The envelope's recipients, comma-separated. */
	to: string;
	data: string;
}

/**
 * A real SMTP server on loopback for this describe block: what nodemailer sends to `url()` lands in
 * `inbox`. SMTP_URL is the test's to set (or not); it is unset afterwards.
 */
export function useSmtpServer(): { inbox: ReceivedMail[]; url: () => string } {
	let smtp: SMTPServer;
	let port = 0;
	const inbox: ReceivedMail[] = [];
	beforeAll(async () => {
		port = await freePort();
		smtp = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			onData(stream, session, callback) {
				let data = '';
				stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
				stream.on('end', () => {
					inbox.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), data });
					callback();
				});
			}
		});
		await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve));
	});
	afterAll(async () => {
		delete process.env.SMTP_URL;
		await new Promise<void>((resolve) => smtp.close(() => resolve()));
	});
	return { inbox, url: () => `smtp://127.0.0.1:${port}` };
}
