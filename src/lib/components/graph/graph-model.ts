import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from '$lib/domain/graph';
import type { EntityPath } from '$lib/domain/graph-paths';
import { predicateOf } from '$lib/domain/relations';
import { phrase } from '$lib/i18n/typography';
import { kindClass } from './graph-style';

/**
 * A relation drawn from the entity it is read from: "source <label> target". The reader is the
 * end nearer to the focus (the viewer's side); for ties, the stored start.
 */
export function edgeElement(edge: GraphEdge, distance: (id: string) => number, locale: string): ElementDefinition {
	const fromTarget = distance(edge.target) < distance(edge.source);
	const side = fromTarget ? edge.backward : edge.forward;
	return {
		group: 'edges',
		data: {
			id: `r-${edge.id}`,
			relationId: edge.id,
			source: fromTarget ? edge.target : edge.source,
			target: fromTarget ? edge.source : edge.target,
			storedSource: edge.source,
			nativeType: edge.nativeType,
			label: predicateOf(side, locale),
			symmetric: edge.symmetric
		},
		classes: edge.symmetric ? 'symmetric' : ''
	};
}

export function nodeElement(node: GraphNode, focus: string | null): ElementDefinition {
	const classes = [kindClass(node.type)];
	if (node.managed) classes.push('ours');
	if (node.id === focus) classes.push('focus');
	if (node.tags.length) classes.push('tagged');
	return {
		group: 'nodes',
		data: {
			id: node.id,
			label: node.name,
			type: node.type,
			managed: node.managed,
			distance: node.distance,
			tags: node.tags,
			halo: node.tags.find((t) => t.id === 'vip')?.color ?? node.tags[0]?.color ?? '#000000'
		},
		classes: classes.join(' ')
	};
}

/** "B is a customer of A, which has as prospect C, which is a prospect of D". */
export function pathSentence(path: EntityPath, locale: string, which: string): string {
	return path.hops
		.map((hop, i) => phrase(locale, i === 0 ? path.entities[0]!.name : which, predicateOf(hop, locale), path.entities[i + 1]!.name))
		.join(', ');
}
