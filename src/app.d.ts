import type { Locale } from '$lib/i18n';
import type { DateFormat } from '$lib/i18n/dates';
import type { Session, SessionUser } from '$lib/server/auth/sessions';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: Session | null;
			locale: Locale;
			dateFormat: DateFormat;
		}
		interface Error {
			message: string;
			code?: string;
		}
		interface PageData {
			locale?: Locale;
			dateFormat?: DateFormat;
		}
	}
}

export {};
