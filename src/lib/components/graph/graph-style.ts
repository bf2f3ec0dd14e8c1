import type { StylesheetJson } from 'cytoscape';
import { KINDS } from '$lib/kinds/registry';

// An explicit size: without one, the canvas export (PNG) drew the icons as a dark corner or not at all.
const svg = (body: string) =>
	`data:image/svg+xml;utf8,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">${body}</svg>`)}`;

/** Icons drawn inside the nodes, one per entity kind, in the kind's colour. */
export const ICONS: Record<string, string> = Object.fromEntries(KINDS.map((k) => [k.type, svg(`<g fill="${k.style.colour}">${k.style.icon}</g>`)]));

export const COLOURS = {
	ours: '#1e3a8a',
	path: '#ea580c'
};

/** The class of a node of this kind. */
export const kindClass = (type: string) => `kind-${type.toLowerCase()}`;

/** Past this many elements (entities and relations) the canvas switches to a lighter drawing. */
export const LARGE_GRAPH = 2500;

/**
 * The explorer's stylesheet. For a large graph (thousands of entities) icons, halos, curved edges
 * and edge labels cost more than they tell, so it draws plain shapes and straight edges, and labels
 * a relation only when it is selected.
 */
export function graphStyle(large = false): StylesheetJson {
	const lighter: StylesheetJson = large
		? [
				{ selector: 'node', style: { 'background-image': 'none', 'min-zoomed-font-size': 12 } },
				{ selector: 'node.tagged', style: { 'underlay-opacity': 0 } },
				{ selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, label: '', 'target-arrow-shape': 'none', width: 1 } },
				{ selector: 'edge:selected', style: { label: 'data(label)', width: 3 } }
			]
		: [];
	return [
		{
			selector: 'node',
			style: {
				label: 'data(label)',
				'font-size': 11,
				'text-valign': 'bottom',
				'text-margin-y': 4,
				'text-wrap': 'ellipsis',
				'text-max-width': '120px',
				'min-zoomed-font-size': 7,
				// A white ground under the name, so names and the relations crossing them stay readable.
				'text-background-color': '#ffffff',
				'text-background-opacity': 0.85,
				'text-background-padding': '2px',
				'text-background-shape': 'roundrectangle',
				width: 34,
				height: 34,
				'border-width': 2,
				'background-fit': 'contain',
				'background-width': '60%',
				'background-height': '60%'
			}
		},
		...KINDS.map((k) => ({
			selector: `node.${kindClass(k.type)}`,
			style: { shape: k.style.shape, 'background-color': k.style.fill, 'border-color': k.style.colour, 'background-image': ICONS[k.type] }
		})),
		{ selector: 'node.ours', style: { 'border-width': 5, 'border-style': 'double', 'border-color': COLOURS.ours, 'font-weight': 'bold' } },
		// A halo in the colour of the entity's tag (gold for a VIP).
		{ selector: 'node.tagged', style: { 'underlay-color': 'data(halo)', 'underlay-padding': 7, 'underlay-opacity': 0.45, 'underlay-shape': 'ellipse' } },
		{ selector: 'node.focus', style: { width: 46, height: 46, 'font-size': 13, 'font-weight': 'bold' } },
		{ selector: 'node:selected', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.18, 'overlay-padding': 6 } },
		{
			selector: 'edge',
			style: {
				width: 1.6,
				'line-color': '#94a3b8',
				'target-arrow-color': '#94a3b8',
				'target-arrow-shape': 'triangle',
				'curve-style': 'bezier',
				label: 'data(label)',
				'font-size': 9,
				color: '#334155',
				'text-rotation': 'autorotate',
				'text-background-color': '#ffffff',
				'text-background-opacity': 0.85,
				'text-background-padding': '1px',
				// Off the line, so that a predicate does not sit on the name of the entity it reaches.
				'text-margin-y': -7,
				'min-zoomed-font-size': 8
			}
		},
		{ selector: 'edge.symmetric', style: { 'target-arrow-shape': 'none', 'line-style': 'dashed' } },
		{ selector: 'edge:selected', style: { 'line-color': '#2563eb', 'target-arrow-color': '#2563eb', width: 3 } },
		{ selector: '.faded', style: { opacity: 0.15 } },
		{ selector: 'node.on-path', style: { 'border-color': COLOURS.path, 'border-width': 5 } },
		{ selector: 'edge.on-path', style: { 'line-color': COLOURS.path, 'target-arrow-color': COLOURS.path, width: 4, 'z-index': 10 } },
		{ selector: '.filtered', style: { display: 'none' } },
		// edgehandles' preview while dragging a new relation
		{ selector: '.eh-handle', style: { 'background-color': '#2563eb', width: 12, height: 12, shape: 'ellipse', 'overlay-opacity': 0, 'border-width': 0, label: '' } },
		{ selector: '.eh-ghost-edge, .eh-preview', style: { 'line-color': '#2563eb', 'target-arrow-color': '#2563eb', 'line-style': 'dotted', label: '' } },
		{ selector: '.eh-source, .eh-target', style: { 'border-color': '#2563eb', 'border-width': 4 } },
		...lighter
	];
}
