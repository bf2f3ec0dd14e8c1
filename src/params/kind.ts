import type { ParamMatcher } from '@sveltejs/kit';
import { kindBySlug } from '$lib/kinds/registry';

/** /organisations, /contacts, /products…: the slug of a registered entity kind. */
export const match: ParamMatcher = (param) => kindBySlug(param) !== undefined;
