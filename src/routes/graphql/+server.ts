import type { RequestHandler } from './$types';
import { handleGraphQL } from '$lib/server/graphql/handler';

/** The GraphQL API: POST queries and mutations, GET queries (and GraphiQL for administrators). */
const handle: RequestHandler = ({ request, locals, url }) => handleGraphQL(request, { user: locals.user, url });

export const GET = handle;
export const POST = handle;
export const OPTIONS = handle;
