/**
 * The GraphQL type definitions, generated from the entity kinds' declarations: one type, one input
 * and a create/update mutation pair per kind, their enums, relationship fields and authorization.
 * `schema.graphql` at the project root is this output, checked in to be read (a test fails when it
 * is stale: `npm run graphql:schema` writes it again).
 */
import type { EntityKind } from '$lib/kinds/define';
import type { FieldSpec } from '$lib/kinds/fields';
import { KINDS } from '$lib/kinds/registry';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The enum of a choice field with fixed options: OrganisationStatus for Organisation.status. */
export const enumName = (kind: EntityKind, field: string) => `${kind.type}${capitalise(field)}`;

function outputType(kind: EntityKind, name: string, spec: FieldSpec): string {
	if (spec.multiple) return '[String!]!';
	const base = spec.graphql === 'enum' ? enumName(kind, name) : spec.graphql;
	return spec.required ? `${base}!` : base;
}

function inputType(kind: EntityKind, name: string, spec: FieldSpec): string {
	if (spec.multiple) return '[String!]';
	const base = spec.graphql === 'enum' ? enumName(kind, name) : spec.graphql;
	return spec.required && spec.default === undefined ? `${base}!` : base;
}

const describe = (text: string | undefined, indent = '  ') => (text ? `${indent}${JSON.stringify(text)}\n` : '');

function enums(kind: EntityKind): string[] {
	return kind.fieldNames
		.filter((f) => kind.fields[f]!.graphql === 'enum')
		.map((f) => `enum ${enumName(kind, f)} {\n${kind.fields[f]!.options!.map((o) => `  ${o}`).join('\n')}\n}`);
}

const LIVE = 'deletedAt: { eq: null }, NOT: { name: { eq: null } }';

/**
 * The read filter of a kind: trashed entities hidden, and only what the access matrix lets the
 * principal see (a rule per scope, any of which lets a record through). `name` not null, which the
 * schema already promises, lets Neo4j read a page sorted by name from the name index.
 */
function readFilter(kind: EntityKind): string {
	const rules = [`{ where: { jwt: { viewAll: { includes: "${kind.type}" } }, node: { ${LIVE} } } }`];
	const owners = kind.access?.owners ?? ['ownerId'];
	const own = owners.length === 1 ? `${owners[0]}: { eq: "$jwt.sub" }` : `OR: [${owners.map((f) => `{ ${f}: { eq: "$jwt.sub" } }`).join(', ')}]`;
	rules.push(`{ where: { jwt: { viewOwn: { includes: "${kind.type}" } }, node: { ${LIVE}, ${own} } } }`);
	const link = kind.access?.organisation;
	const viaField = link && link !== 'self' ? Object.entries(kind.graphql?.relationships ?? {}).find(([, r]) => r.type === link.via && r.target === 'Organisation')?.[0] : undefined;
	const ofOrganisation = link === 'self' ? 'id: { eq: "$jwt.organisationId" }' : viaField ? `${viaField}: { some: { id: { eq: "$jwt.organisationId" } } }` : null;
	if (ofOrganisation) rules.push(`{ where: { jwt: { viewOrganisation: { includes: "${kind.type}" } }, node: { ${LIVE}, ${ofOrganisation} } } }`);
	return ['    filter: [', ...rules.map((r) => `      ${r}`), '    ]'].join('\n');
}

function entityType(kind: EntityKind): string {
	const fields = kind.fieldNames
		.filter((f) => f !== 'name')
		.map((f) => `${describe(kind.fields[f]!.description)}  ${f}: ${outputType(kind, f, kind.fields[f]!)}`);
	const relationships = Object.entries(kind.graphql?.relationships ?? {}).map(
		([field, r]) =>
			`  ${field}: [${r.target}!]! @relationship(type: "${r.type}", direction: ${r.direction}${r.undirected ? ', queryDirection: UNDIRECTED' : ''}, properties: "RelationProperties")`
	);
	const staff = kind.type === 'Contact' ? ['  "Set on the contact of a user account (staff)."', '  userId: String'] : [];
	return [
		`# ${kind.labels.en.other}: the read filter hides trashed entities and what the access matrix does not show.`,
		`type ${kind.type} implements Entity`,
		`  @node(labels: ["${kind.type}", "Entity"])`,
		'  @limit(default: 25, max: 100)',
		'  @authorization(',
		readFilter(kind),
		'    validate: [',
		'      { operations: [CREATE, UPDATE, DELETE, CREATE_RELATIONSHIP, DELETE_RELATIONSHIP], where: { jwt: { roles: { includes: "agent" } } } }',
		'    ]',
		'  ) {',
		'  id: ID!',
		'  name: String!',
		...fields,
		...staff,
		'  ownerId: String',
		'  createdAt: DateTime',
		'  updatedAt: DateTime',
		'  "Only for the trash filter: trashed entities are never returned, so this is always null."',
		'  deletedAt: DateTime @selectable(onRead: false, onAggregate: false) @sortable(byValue: false)',
		'',
		'  tags: [TagType!]! @relationship(type: "TAGGED", direction: OUT)',
		...(relationships.length ? ['  # Built-in relation pairs, for filtering and nesting. `relations` covers every type, custom ones included.', ...relationships] : []),
		'',
		'  relations(direction: RelationDirection! = BOTH, types: [String!], limit: Int! = 50): [Relation!]!',
		'    @cypher(statement: "file:graphql/entity-relations", columnName: "relation")',
		'}'
	].join('\n');
}

function entityInput(kind: EntityKind): string {
	// Read-only fields (a customer's standing, set by its job) are not input.
	const fields = kind.fieldNames.filter((f) => !kind.fields[f]!.readOnly).map((f) => {
		const spec = kind.fields[f]!;
		const note = spec.kind === 'phones' ? 'Any common format; stored in E.164 with the default country from the settings.' : spec.adminOnly ? 'Administrators only; ignored otherwise.' : undefined;
		return `${describe(note)}  ${f}: ${inputType(kind, f, spec)}`;
	});
	return `input ${kind.type}Input {\n${fields.join('\n')}\n}`;
}

const mutations = (kind: EntityKind) =>
	[
		`  create${kind.type}(input: ${kind.type}Input!): EntityPayload!`,
		`  update${kind.type}(id: ID!, version: String!, input: ${kind.type}Input!): EntityPayload!`
	].join('\n');

const HEADER = `# The GraphQL API (served at /graphql), generated by @neo4j/graphql 7 from these type definitions.
#
# GENERATED from the entity kinds' declarations (src/lib/kinds, src/lib/modules) by
# src/lib/server/graphql/type-defs.ts: do not edit by hand; \`npm run graphql:schema\` writes it again.
#
# Reads: the generated queries (one list per entity kind, entities, tagTypes, relationTypes, users and
# their *Connection forms), with filters, sorting and the relationship fields below.
# Writes: only the custom mutations at the end, which run the same code as the web interface
# (validation, phone normalisation, history). Every generated create/update/delete is switched off.
#
# \`@cypher(statement: "file:<area>/<name>")\` is replaced at load time by the text of
# cypher/<area>/<name>.cypher (src/lib/server/graphql/schema.ts), so every query stays in cypher/.
#
# Not in the schema on purpose: sessions, password hashes, API tokens, sign-in throttles, the
# search helpers (sortName, searchText) and the history's internal nodes.

# For every type: no generated create/update/delete (writes are the custom mutations at the end), and
# a signed-in user for every field, generated or custom.
extend schema @mutation(operations: []) @authentication

# What the API hands @neo4j/graphql for the signed-in user (src/lib/server/graphql/context.ts):
# \`roles\` holds the user's role and every role below it, so \`includes: "agent"\` reads "agent or above".
type JWT @jwt {
  sub: String!
  roles: [String!]!
  # The access matrix (role × kind × action → scope), for reading: the kinds this principal sees
  # whole, only their own records of, and only their client organisation's records of.
  viewAll: [String!]!
  viewOwn: [String!]!
  viewOrganisation: [String!]!
  organisationId: String
}`;

const SHARED = `# How a relation is stored, seen from the entity being read: OUT when the stored relationship starts
# there (the reading of the canonical side, e.g. "is a customer of"), IN when it ends there ("has as
# customer"). A symmetric relation ("is a partner of") reads the same both ways.
enum RelationDirection {
  BOTH
  OUT
  IN
}

# One entity at the other end of a relation or on a path.
type EntityRef {
  id: ID!
  type: EntityType!
  name: String!
}

# A relation as read from one of its entities: "this <predicate> other".
type Relation {
  id: ID!
  "The side key as read from this entity, e.g. HAS_AS_CUSTOMER; the native relationship type is \`nativeType\`."
  key: String!
  nativeType: String!
  predicate: String!
  predicateFr: String
  direction: RelationDirection!
  other: EntityRef!
  since: String
  until: String
  note: String
  createdAt: DateTime
  createdBy: String
}

# Every business object: one type per entity kind below.
interface Entity @limit(default: 25, max: 100) {
  id: ID!
  name: String!
  createdAt: DateTime
  updatedAt: DateTime
  relations(direction: RelationDirection! = BOTH, types: [String!], limit: Int! = 50): [Relation!]!
}`;

const tagType = (kinds: readonly EntityKind[]) => `# Attributes every relation may carry (the native relationship's properties).
type RelationProperties @relationshipProperties {
  id: ID!
  since: String
  until: String
  note: String
  createdAt: DateTime
  createdBy: String
}

# A "property" in Creme's words: VIP, key account…
type TagType
  @node
  @limit(default: 100, max: 200)
  @authorization(
    validate: [
      { operations: [CREATE, UPDATE, DELETE, CREATE_RELATIONSHIP, DELETE_RELATIONSHIP], where: { jwt: { roles: { includes: "admin" } } } }
    ]
  ) {
  id: ID!
  name: String!
  nameFr: String
  "Entity types it applies to; empty means any."
  entityTypes: [String!]!
  color: String!
  builtin: Boolean
  internal: Boolean
${kinds.map((k) => `  ${k.slug}: [${k.type}!]! @relationship(type: "TAGGED", direction: IN)`).join('\n')}
}`;

const REST = `# One side of a relation type; every type is a pair of sides (a symmetric type is its own partner).
type RelationType
  @node
  @limit(default: 100, max: 200)
  @authorization(
    validate: [
      { operations: [CREATE, UPDATE, DELETE, CREATE_RELATIONSHIP, DELETE_RELATIONSHIP], where: { jwt: { roles: { includes: "admin" } } } }
    ]
  ) {
  key: String!
  predicate: String!
  predicateFr: String
  "Entity types allowed as subject of this side; empty means any."
  subjectTypes: [String!]!
  requiredTags: [String!]!
  forbiddenTags: [String!]!
  "This side's key is the native relationship type of the pair."
  canonical: Boolean!
  symmetric: Boolean!
  custom: Boolean!
  internal: Boolean!
  enabled: Boolean!
  partnerKey: String!
  partner: RelationType @cypher(statement: "MATCH (this)-[:SYMMETRIC_OF]->(p:RelationType) RETURN p LIMIT 1", columnName: "p")
}

# Staff accounts, read-only, for staff (not portal clients); e-mail addresses for administrators only.
# (Generated mutations are off for every type, above; the write rules below only say who could, were they on.)
type User
  @node
  @limit(default: 50, max: 200)
  @authorization(
    filter: [{ where: { jwt: { roles: { includes: "viewer" } } } }]
    validate: [
      { operations: [CREATE, UPDATE, DELETE, CREATE_RELATIONSHIP, DELETE_RELATIONSHIP], where: { jwt: { roles: { includes: "admin" } } } }
    ]
  ) {
  id: ID!
  name: String!
  email: String @authorization(validate: [{ where: { jwt: { roles: { includes: "admin" } } } }])
  role: String!
  active: Boolean!
  contact: [Contact!]! @relationship(type: "HAS_CONTACT", direction: OUT)
}

# ——— Graph queries beyond the generated ones ———

type TripleObject {
  "An IRI, or null for a literal."
  iri: String
  literal: String
  datatype: String
  lang: String
}

type Triple {
  s: String!
  p: String!
  o: TripleObject!
}

type TriplePage {
  triples: [Triple!]!
  page: Int!
  size: Int!
  hasMore: Boolean!
}

type PathHop {
  relationId: ID!
  "The side key as read in the path's direction."
  key: String!
  predicate: String!
  predicateFr: String
  fromId: ID!
  toId: ID!
}

type EntityPath {
  length: Int!
  entities: [EntityRef!]!
  hops: [PathHop!]!
}

type Query {
  "Triples matching an s/p/o pattern (free where left out), as GET /api/triples answers them."
  triples(s: String, p: String, o: String, page: Int! = 1, size: Int! = 100): TriplePage!
  "Up to \`limit\` (≤ 5) shortest paths between two entities over relations, at most \`maxLength\` (≤ 6) hops, avoiding the trash."
  paths(from: ID!, to: ID!, maxLength: Int! = 4, limit: Int! = 5): [EntityPath!]!
}

# ——— Writes: the same code as the web interface ———

input RelationAttributesInput {
  "YYYY-MM-DD"
  since: String
  until: String
  note: String
}`;

const PAYLOADS = `type RelatePayload {
  "The new relations' ids, in the order of \`objects\`."
  relationIds: [ID!]!
}

type EntityPayload {
  entity: EntityRef!
  "Pass it back to update*: a save over someone else's newer save is refused."
  version: String!
}`;

export function generateTypeDefs(kinds: readonly EntityKind[] = KINDS): string {
	const entityTypeEnum = `enum EntityType {\n${kinds.map((k) => `  ${k.type}`).join('\n')}\n}`;
	const mutation = [
		'type Mutation {',
		'  "subject <type> object, for each object; all or nothing. `type` is a side key (IS_CUSTOMER_OF or HAS_AS_CUSTOMER…)."',
		'  relate(subject: ID!, type: String!, objects: [ID!]!, attributes: RelationAttributesInput): RelatePayload!',
		'  "Removes a relation, named by its id, from either of its entities."',
		'  unrelate(entity: ID!, relation: ID!): Boolean!',
		...kinds.filter((k) => !k.workflow).map(mutations),
		'  "Moves an entity to the trash (restore it from the web interface)."',
		'  trashEntity(id: ID!): Boolean!',
		'  tag(entity: ID!, tag: ID!): Boolean!',
		'  untag(entity: ID!, tag: ID!): Boolean!',
		'}'
	].join('\n');
	return [
		HEADER,
		...kinds.flatMap(enums),
		entityTypeEnum,
		SHARED,
		...kinds.map(entityType),
		tagType(kinds),
		REST,
		...kinds.filter((k) => !k.workflow).map(entityInput),
		PAYLOADS,
		mutation
	].join('\n\n') + '\n';
}
