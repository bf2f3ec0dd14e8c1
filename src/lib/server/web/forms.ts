import { formToObject } from '$lib/domain/forms';
import type { EntityKind } from '$lib/kinds/define';

/** The submitted form as a plain object; repeated fields (phones, e-mails) as arrays. */
export async function readForm(request: Request, lists: readonly string[] = ['phones', 'emails']) {
	return formToObject(await request.formData(), lists);
}

/**
 * An entity form as the write pipeline takes it: multi-valued fields as arrays, and an unticked box
 * (which a browser does not send) as false, so it is not mistaken for a field left out.
 */
export async function readEntityForm(request: Request, kind: EntityKind): Promise<Record<string, unknown>> {
	const lists = kind.fieldNames.filter((f) => kind.fields[f]!.multiple);
	const form = formToObject(await request.formData(), lists);
	for (const name of kind.fieldNames) if (kind.fields[name]!.kind === 'boolean' && form[name] === undefined) form[name] = false;
	return form;
}

export const stringField = (form: Record<string, unknown>, name: string): string =>
	typeof form[name] === 'string' ? (form[name] as string) : '';
