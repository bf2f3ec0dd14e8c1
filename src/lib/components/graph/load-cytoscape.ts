import type cytoscapeType from 'cytoscape';

let loaded: Promise<typeof cytoscapeType> | null = null;

/**
 * Cytoscape and its extensions are loaded only on graph pages, on first use, so other pages do not
 * pay for ~500 kB of JavaScript.
 */
export function loadCytoscape(): Promise<typeof cytoscapeType> {
	loaded ??= (async () => {
		const [{ default: cytoscape }, { default: fcose }, { default: svg }, { default: edgehandles }] = await Promise.all([
			import('cytoscape'),
			import('cytoscape-fcose'),
			import('cytoscape-svg'),
			import('cytoscape-edgehandles')
		]);
		cytoscape.use(fcose);
		cytoscape.use(svg);
		cytoscape.use(edgehandles);
		return cytoscape;
	})();
	return loaded;
}
