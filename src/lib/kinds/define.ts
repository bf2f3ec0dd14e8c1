/**
 * An entity kind declared once: its fields, how it is named, listed, drawn and reached. Everything
 * else (lists, pages, forms, search, filters, trash, history, relation constraints, triples, GraphQL,
 * the explorer's styles, navigation, demo data, labels) is derived from these declarations.
 */
import type { FieldSpec, Label } from '$lib/kinds/fields';

export interface KindLabels {
	one: string;
	other: string;
	/** "New organisation"; default "New <one>" (en), "Nouvelle fiche : <one>" (fr). */
	new?: string;
	created?: string;
	empty?: string;
	/** With {q}. */
	noMatch?: string;
}

export interface FormSection {
	legend?: Label;
	hint?: Label;
	fields: readonly string[];
	/** On the entity page, these fields read as one block of lines under the legend (an address: street / postcode city / country); the section's other fields are shown one by one. */
	lines?: readonly (readonly string[])[];
}

/** A relationship field of the GraphQL type: a built-in relation pair, for filtering and nesting. */
export interface GraphQLRelationship {
	type: string;
	direction: 'IN' | 'OUT';
	target: string;
	undirected?: boolean;
}

export interface KindAccess {
	/** Properties holding the id of the user a record belongs to ("own" scope); default ownerId. */
	owners?: readonly string[];
	/**
	 * How a record belongs to a client organisation ("own organisation's" scope): it is the
	 * organisation (self), or relates to it by a relation of this native type, either way (IS_EMPLOYEE_OF).
	 */
	organisation?: 'self' | { via: string };
}

export interface KindStyle {
	/** Border and icon colour, fill of the node. */
	colour: string;
	fill: string;
	shape: 'round-rectangle' | 'ellipse' | 'diamond' | 'hexagon' | 'triangle' | 'tag' | 'barrel' | 'star';
	/** SVG markup on a 24×24 view box, drawn in `colour`. */
	icon: string;
}

export interface KindDeclaration<T extends string = string> {
	type: T;
	/** The URL segment of its pages: /organisations. */
	slug: string;
	labels: { en: KindLabels; fr: KindLabels };
	/** Prefix of its form fields' ids (org-name), short. */
	formId: string;
	style: KindStyle;
	fields: Record<string, FieldSpec>;
	/** The display name: a `name` field, or these fields joined by spaces (first and last name). */
	title?: { from: readonly string[] };
	/** Fields shown under the name in lists and search (joined by " · "), and a side whose other ends' names are added (a contact's employers). */
	subtitle?: { fields: readonly string[]; format?: 'place'; via?: string };
	/** List columns after the name (and before "Updated"). */
	columns: readonly string[];
	/** Sections of its form, in order; default one section of every field. */
	form?: readonly FormSection[];
	access?: KindAccess;
	graphql?: { relationships?: Record<string, GraphQLRelationship> };
	/** In the menu (default true). */
	nav?: boolean;
	/**
	 * Records written by their module's own steps (an order by the sales workflow), never by the
	 * generic form, GraphQL create/update or a triple import; `create` is the module's page that
	 * makes one, if people make them by hand.
	 */
	workflow?: { create?: string };
}

export interface EntityKind<T extends string = string> extends KindDeclaration<T> {
	/** Field names in declaration order. */
	fieldNames: string[];
	form: readonly FormSection[];
	title: { from: readonly string[] };
}

export function defineEntity<const T extends string>(declaration: KindDeclaration<T>): EntityKind<T> {
	const fieldNames = Object.keys(declaration.fields);
	for (const column of declaration.columns) {
		if (!fieldNames.includes(column)) throw new Error(`${declaration.type}: column ${column} is not a field`);
	}
	const title = declaration.title ?? { from: ['name'] };
	for (const name of title.from) if (!fieldNames.includes(name)) throw new Error(`${declaration.type}: title field ${name} is not a field`);
	const form = declaration.form ?? [{ fields: fieldNames.filter((f) => !declaration.fields[f]!.readOnly) }];
	const inForm = new Set(form.flatMap((s) => s.fields));
	for (const name of inForm) {
		if (!fieldNames.includes(name)) throw new Error(`${declaration.type}: form field ${name} is not a field`);
		if (declaration.fields[name]!.readOnly) throw new Error(`${declaration.type}: form field ${name} is read-only`);
	}
	for (const section of form) {
		for (const name of section.lines?.flat() ?? []) if (!section.fields.includes(name)) throw new Error(`${declaration.type}: line field ${name} is not in its section`);
	}
	return { ...declaration, fieldNames, form, title };
}
