import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { translate } from '$lib/i18n';
import { autoCommitReader } from '$lib/server/graphql/executor';
import { jwtFor, type GraphQLContext, type GraphQLServerContext } from '$lib/server/graphql/context';
import { maskError } from '$lib/server/graphql/errors';
import { limitsOf, limitsPlugin } from '$lib/server/graphql/limits';
import { buildSchema, loadTypeDefs } from '$lib/server/graphql/schema';

const GRAPHQL_PATH = '/graphql';

/**
 * The platform's own fetch classes. Left to itself, yoga answers with its ponyfill Response
 * (`PonyfillResponse`), which is not `instanceof Response`: the built SvelteKit server refuses it
 * ("handler should return a Response object") and /graphql answered 500. Node's classes are not
 * enumerable on globalThis, so they are named one by one.
 */
const PLATFORM_FETCH_API = {
	fetch,
	Request,
	Response,
	Headers,
	FormData,
	ReadableStream,
	WritableStream,
	TransformStream,
	CompressionStream,
	DecompressionStream,
	TextEncoderStream,
	TextDecoderStream,
	TextEncoder,
	TextDecoder,
	Blob,
	File,
	URL,
	URLSearchParams,
	crypto,
	btoa
};

type Yoga = YogaServerInstance<GraphQLServerContext, Partial<GraphQLContext>>;

let yoga: Promise<Yoga> | null = null;

async function createHandler(): Promise<Yoga> {
	const typeDefs = loadTypeDefs();
	const schema = await buildSchema(typeDefs);
	return createYoga<GraphQLServerContext, Partial<GraphQLContext>>({
		schema,
		graphqlEndpoint: GRAPHQL_PATH,
		// Built per request from the user the hooks signed in; nothing is cached, so a role change applies at once.
		context: ({ user }) => ({
			jwt: user ? jwtFor(user) : undefined,
			// One auto-commit read per query instead of a transaction (see executor.ts).
			executionContext: autoCommitReader
		}),
		graphiql: (_request, server) => server?.user?.role === 'admin' && { title: 'Graph CRM — GraphQL', defaultQuery: DEFAULT_QUERY },
		landingPage: false,
		// Same-origin only for browsers (integrators call from servers, with a token): no CORS headers.
		cors: false,
		maskedErrors: { maskError, errorMessage: 'An unexpected error occurred; it was logged.' },
		plugins: [limitsPlugin(limitsOf(typeDefs))],
		logging: 'warn',
		fetchAPI: PLATFORM_FETCH_API
	});
}

const DEFAULT_QUERY = `# Organisations with their employees and relations. Press the run button.
query {
  organisations(limit: 5, sort: [{ name: ASC }]) {
    id
    name
    employees(limit: 5) { name position }
    relations(limit: 10) { predicate other { id type name } }
  }
}
`;

/** The schema is built once per process, on the first request. */
function graphqlHandler(): Promise<Yoga> {
	yoga ??= createHandler().catch((e) => {
		yoga = null;
		throw e;
	});
	return yoga;
}

const json = (status: number, body: Record<string, unknown>) =>
	new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

/**
 * Answers one request to /graphql for the user the hooks resolved (session cookie or Bearer token).
 * Without a user: 401 (the hooks answer it first; this is the second lock). GraphiQL, which a
 * browser asks for with Accept: text/html, is for administrators: others get a 403 that says so.
 */
export async function handleGraphQL(request: Request, server: GraphQLServerContext): Promise<Response> {
	if (!server.user) return json(401, { error: 'UNAUTHENTICATED', message: translate('en', 'graphql.unauthenticated') });
	const wantsPage = request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html');
	if (wantsPage && server.user.role !== 'admin' && !new URL(request.url).searchParams.has('query')) {
		return new Response(translate('en', 'graphql.graphiqlAdminOnly'), { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}
	return (await graphqlHandler()).fetch(request, server);
}
