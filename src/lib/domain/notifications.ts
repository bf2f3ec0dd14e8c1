/** An entry of a user's notification centre. */
export interface NotificationView {
	id: string;
	at: string;
	/** A message key and its parameters, read in the reader's language. */
	title: string;
	params: Record<string, string | number>;
	/** Where it leads (a record's page), if anywhere. */
	link: string | null;
	readAt: string | null;
}

export interface MailView {
	id: string;
	to: string;
	subject: string;
	text: string;
	status: 'queued' | 'sent' | 'outbox' | 'failed';
	createdAt: string;
	sentAt: string | null;
	error: string | null;
}
