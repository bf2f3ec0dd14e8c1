import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

/**
 * The canvas as SVG, drawn from the elements as they are on screen (rendered positions, sizes and
 * styles) at the canvas's own size: shapes with their borders, icons at their size, halos, labels,
 * edges with arrows and predicates. (The cytoscape-svg extension lost borders, shrank icons and sized
 * the drawing to its contents.)
 */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (v: unknown) => Number.parseFloat(String(v)) || 0;
const f = (n: number) => n.toFixed(1);

function polygon(x: number, y: number, w: number, h: number, points: [number, number][]): string {
	return points.map(([px, py]) => `${f(x + (px * w) / 2)},${f(y + (py * h) / 2)}`).join(' ');
}

function shape(node: NodeSingular, x: number, y: number, w: number, h: number, attributes: string): string {
	switch (node.style('shape')) {
		case 'ellipse':
			return `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(w / 2)}" ry="${f(h / 2)}" ${attributes}/>`;
		case 'diamond':
			return `<polygon points="${polygon(x, y, w, h, [[0, -1], [1, 0], [0, 1], [-1, 0]])}" ${attributes}/>`;
		case 'hexagon':
			return `<polygon points="${polygon(x, y, w, h, [[-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1], [-1, 0]])}" ${attributes}/>`;
		case 'triangle':
			return `<polygon points="${polygon(x, y, w, h, [[0, -1], [1, 1], [-1, 1]])}" ${attributes}/>`;
		default: {
			const radius = node.style('shape') === 'round-rectangle' ? Math.min(w, h) / 4 : 0;
			return `<rect x="${f(x - w / 2)}" y="${f(y - h / 2)}" width="${f(w)}" height="${f(h)}" rx="${f(radius)}" ${attributes}/>`;
		}
	}
}

function nodeSvg(node: NodeSingular, zoom: number): string {
	const { x, y } = node.renderedPosition();
	const w = node.renderedWidth();
	const h = node.renderedHeight();
	const opacity = num(node.style('opacity'));
	const out: string[] = [`<g opacity="${opacity}">`];
	if (num(node.style('underlay-opacity')) > 0 && node.hasClass('tagged')) {
		const pad = num(node.style('underlay-padding')) * zoom;
		out.push(`<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(w / 2 + pad)}" ry="${f(h / 2 + pad)}" fill="${node.style('underlay-color')}" opacity="${node.style('underlay-opacity')}"/>`);
	}
	const border = num(node.style('border-width')) * zoom;
	out.push(shape(node, x, y, w, h, `fill="${node.style('background-color')}" stroke="${node.style('border-color')}" stroke-width="${f(border)}"`));
	if (node.style('border-style') === 'double') {
		out.push(shape(node, x, y, w - border * 1.4, h - border * 1.4, `fill="none" stroke="#ffffff" stroke-width="${f(border / 3)}"`));
	}
	const image = String(node.style('background-image') ?? '');
	const href = /url\((['"]?)(.*)\1\)/.exec(image)?.[2] ?? (image.startsWith('data:') ? image : '');
	if (href && href !== 'none') {
		const iw = (w * num(node.style('background-width'))) / 100;
		const ih = (h * num(node.style('background-height'))) / 100;
		out.push(`<image href="${escape(href)}" x="${f(x - iw / 2)}" y="${f(y - ih / 2)}" width="${f(iw)}" height="${f(ih)}"/>`);
	}
	const label = String(node.data('label') ?? '');
	if (label) {
		const size = num(node.style('font-size')) * zoom;
		const weight = node.style('font-weight');
		const top = y + h / 2 + num(node.style('text-margin-y')) * zoom + size;
		out.push(`<text x="${f(x)}" y="${f(top)}" font-size="${f(size)}" font-weight="${weight}" text-anchor="middle" fill="${node.style('color')}" stroke="#ffffff" stroke-width="${f(size / 4)}" paint-order="stroke">${escape(label)}</text>`);
	}
	out.push('</g>');
	return out.join('');
}

/** A curved edge's control point (edges drawn straight have none; cytoscape throws for them). */
function controlPoints(edge: EdgeSingular): { x: number; y: number }[] {
	try {
		return (edge.renderedControlPoints() ?? []) as { x: number; y: number }[];
	} catch {
		return [];
	}
}

function edgeSvg(edge: EdgeSingular, zoom: number, arrow: string): string {
	const s = edge.renderedSourceEndpoint();
	const t = edge.renderedTargetEndpoint();
	const controls = controlPoints(edge);
	const d = controls.length === 1 ? `M${f(s.x)},${f(s.y)} Q${f(controls[0]!.x)},${f(controls[0]!.y)} ${f(t.x)},${f(t.y)}` : `M${f(s.x)},${f(s.y)} L${f(t.x)},${f(t.y)}`;
	const colour = edge.style('line-color');
	const dashed = edge.style('line-style') === 'dashed' ? ' stroke-dasharray="6 4"' : '';
	const marker = edge.style('target-arrow-shape') === 'none' ? '' : ` marker-end="url(#${arrow})"`;
	const out = [`<g opacity="${num(edge.style('opacity'))}"><path d="${d}" fill="none" stroke="${colour}" stroke-width="${f(num(edge.style('width')) * zoom)}"${dashed}${marker} color="${colour}"/>`];
	const label = String(edge.style('label') ? (edge.data('label') ?? '') : '');
	if (label) {
		const { x, y } = edge.renderedMidpoint();
		const size = num(edge.style('font-size')) * zoom;
		out.push(`<text x="${f(x)}" y="${f(y)}" font-size="${f(size)}" text-anchor="middle" dominant-baseline="middle" fill="${edge.style('color')}" stroke="#ffffff" stroke-width="${f(size / 3)}" paint-order="stroke">${escape(label)}</text>`);
	}
	out.push('</g>');
	return out.join('');
}

export function graphSvg(cy: Core): string {
	const width = cy.width();
	const height = cy.height();
	const zoom = cy.zoom();
	const edges = cy.edges(':visible').map((e) => edgeSvg(e, zoom, 'arrow'));
	const nodes = cy.nodes(':visible').map((n) => nodeSvg(n, zoom));
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
		'<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#94a3b8"/></marker></defs>',
		`<rect width="${width}" height="${height}" fill="#ffffff"/>`,
		...edges,
		...nodes,
		'</svg>'
	].join('\n');
}
