/**
 * Outgoing e-mail. A mail is written with what it tells about and sent by a job (so a slow or
 * failing SMTP server delays nobody, and a failure is retried): through nodemailer to SMTP_URL, or,
 * without SMTP_URL, kept in the outbox that administrators read, clearly marked as not sent.
 */
import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailView } from '$lib/domain/notifications';
import { read, write, type Tx } from '$lib/server/db/driver';
import { enqueueJob } from '$lib/server/jobs/queue';
import type { JobHandler } from '$lib/server/jobs/worker';

export interface MailSpec {
	to: string;
	subject: string;
	text: string;
}

export const smtpConfigured = () => Boolean(process.env.SMTP_URL?.trim());

export async function queueMail(tx: Tx, mail: MailSpec): Promise<string> {
	const id = randomUUID();
	await tx.query('mail/create', { id, ...mail });
	await enqueueJob({ type: 'mail', payload: { mailId: id }, maxAttempts: 5 }, tx);
	return id;
}

let transport: Transporter | null = null;
let transportUrl = '';

/** The job that sends one mail (or files it in the outbox when no SMTP server is configured). */
export const sendMail: JobHandler = async ({ payload }) => {
	const [mail] = await read<MailView>('mail/get', { id: String(payload.mailId) });
	if (!mail || mail.status === 'sent') return { skipped: true };
	const url = process.env.SMTP_URL?.trim();
	if (!url) {
		await write('mail/set-status', { id: mail.id, status: 'outbox', error: null });
		return { outbox: true };
	}
	if (!transport || transportUrl !== url) {
		transport = nodemailer.createTransport(url);
		transportUrl = url;
	}
	try {
		await transport.sendMail({ from: process.env.MAIL_FROM || 'Graph CRM <crm@localhost>', to: mail.to, subject: mail.subject, text: mail.text });
	} catch (e) {
		await write('mail/set-status', { id: mail.id, status: 'failed', error: e instanceof Error ? e.message : String(e) });
		throw e;
	}
	await write('mail/set-status', { id: mail.id, status: 'sent', error: null });
	return { sent: true };
};

export function recentMails(limit = 100): Promise<MailView[]> {
	return read<MailView>('mail/recent', { limit });
}
