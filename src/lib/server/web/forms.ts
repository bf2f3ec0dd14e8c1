import { formToObject } from '$lib/domain/forms';

/** The submitted form as a plain object; repeated fields (phones, e-mails) as arrays. */
export async function readForm(request: Request, lists: readonly string[] = ['phones', 'emails']) {
	return formToObject(await request.formData(), lists);
}

export const stringField = (form: Record<string, unknown>, name: string): string =>
	typeof form[name] === 'string' ? (form[name] as string) : '';
