/**
 * The graph explorer's state and behaviour, apart from its markup: what is on the canvas, what is
 * selected or being drawn, the paths found, the views; and the cytoscape instance it drives. The
 * components of graph/ only show it and call its methods.
 */
import { replaceState } from '$app/navigation';
import type { Core, EdgeHandlesInstance, EdgeSingular, EventObject, LayoutOptions, NodeSingular } from 'cytoscape';
import { ENTITY_TYPES, isEntityType, type EntityType } from '$lib/domain/entities';
import { MAX_GRAPH_NODES, type ExplorerSide, type GraphEdge, type GraphNode, type GraphView, type GraphViewState } from '$lib/domain/graph';
import { predicateOf } from '$lib/domain/relations';
import { phrase } from '$lib/i18n/typography';
import { ApiError, graphApi } from './graph-api';
import { edgeElement, nodeElement, pathSentence } from './graph-model';
import { graphStyle, LARGE_GRAPH } from './graph-style';
import { graphSvg } from './graph-svg';
import { loadCytoscape } from './load-cytoscape';
import { downloadFile } from '../download';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

type Picked = { id: string; name: string; type: EntityType };
export type EdgeSelection = { kind: 'edge'; id: string; relationId: string; source: string; target: string; sentence: string };
export type NodeSelection = { kind: 'node'; id: string; name: string; type: EntityType; tags: GraphNode['tags'] };
export interface PendingLink {
	source: string;
	target: string;
	sourceName: string;
	targetName: string;
	options: { key: string; label: string }[];
	/** Nothing at first: the user chooses, and reads the sentence it makes before relating. */
	chosen: string;
}

export interface ExplorerOptions {
	sides: () => ExplorerSide[];
	canWrite: () => boolean;
	locale: () => string;
	translate: (key: string, params?: Record<string, string | number>) => string;
}

export class Explorer {
	focusId = $state<string | null>(null);
	depth = $state(1);
	layoutName = $state<LayoutName>('fcose');
	busy = $state(false);
	/** A layout is moving the entities (the tests wait for it to end before pointing at one). */
	layingOut = $state(false);
	message = $state<{ kind: 'error' | 'ok' | 'warn'; text: string } | null>(null);
	truncated = $state(false);
	/** Everything on the canvas, and what the filters leave visible of it. */
	nodeCount = $state(0);
	edgeCount = $state(0);
	shownNodes = $state(0);
	shownEdges = $state(0);
	shownTypes = $state<EntityType[]>([...ENTITY_TYPES]);
	shownRelations = $state<string[]>([]);
	selected = $state<NodeSelection | EdgeSelection | null>(null);
	menu = $state<{ x: number; y: number; kind: 'node' | 'edge'; id: string } | null>(null);
	connectMode = $state(false);
	pendingLink = $state<PendingLink | null>(null);
	confirmEdge = $state<EdgeSelection | null>(null);
	help = $state(false);
	pathsOpen = $state(false);
	pathFrom = $state<Picked[]>([]);
	pathTo = $state<Picked[]>([]);
	pathMax = $state(4);
	pathCount = $state(3);
	pathResults = $state<string[]>([]);
	views = $state<GraphView[]>([]);
	currentView = $state<GraphView | null>(null);
	saveOpen = $state(false);
	saveName = $state('');
	saveShared = $state(false);

	cy: Core | null = null;
	private handles: EdgeHandlesInstance | null = null;
	private large = false;

	constructor(private readonly options: ExplorerOptions) {}

	private get t() {
		return this.options.translate;
	}

	/** One canonical side per native type (graphSides), so one checkbox per relation type. */
	get relationOptions() {
		return this.options.sides().map((s) => ({ nativeType: s.nativeType, key: s.key, label: predicateOf(s, this.options.locale()) }));
	}

	say(kind: 'error' | 'ok' | 'warn', text: string) {
		this.message = { kind, text };
	}

	private failure(e: unknown) {
		this.say('error', e instanceof ApiError ? e.message : this.t('graph.failed'));
	}

	private distanceOf = (id: string) => (this.cy?.getElementById(id).data('distance') as number | undefined) ?? 99;

	/** Adds nodes and edges not yet on the canvas; new nodes start next to `near` when given. */
	merge = (nodes: GraphNode[], edges: GraphEdge[], near?: string, baseDistance = 0) => {
		const cy = this.cy;
		if (!cy) return;
		const origin = near ? cy.getElementById(near).position() : { x: 0, y: 0 };
		cy.batch(() => {
			const fresh = nodes.filter((n) => cy.getElementById(n.id).empty());
			const added = cy.add(
				fresh.map((n) => ({
					...nodeElement({ ...n, distance: n.distance + baseDistance }, this.focusId),
					position: { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 }
				}))
			);
			cy.add(edges.filter((e) => cy.getElementById(`r-${e.id}`).empty()).map((e) => edgeElement(e, this.distanceOf, this.options.locale())));
			if (near) added.data('expandedFrom', near);
		});
		this.applyFilters();
	};

	/** Fits the canvas, but never blows a handful of nodes up to poster size. */
	fitView = () => {
		if (!this.cy) return;
		this.cy.fit(undefined, 30);
		if (this.cy.zoom() > 1.3) {
			this.cy.zoom(1.3);
			this.cy.center();
		}
	};

	private count() {
		const cy = this.cy;
		this.nodeCount = cy?.nodes().length ?? 0;
		this.edgeCount = cy?.edges().length ?? 0;
		// What the filters leave: an edge shows only between two shown entities.
		this.shownNodes = cy?.nodes().not('.filtered').length ?? 0;
		this.shownEdges = cy?.edges().filter((e) => !e.hasClass('filtered') && !e.source().hasClass('filtered') && !e.target().hasClass('filtered')).length ?? 0;
		const nowLarge = this.nodeCount + this.edgeCount > LARGE_GRAPH;
		if (cy && nowLarge !== this.large) {
			this.large = nowLarge;
			cy.style(graphStyle(this.large));
		}
	}

	applyFilters = () => {
		const cy = this.cy;
		if (!cy) return;
		cy.batch(() => {
			cy.nodes().forEach((n) => {
				n.toggleClass('filtered', !this.shownTypes.includes(n.data('type')));
			});
			cy.edges().forEach((e) => {
				e.toggleClass('filtered', this.shownRelations.length > 0 && !this.shownRelations.includes(e.data('nativeType')));
			});
		});
		this.count();
	};

	/**
	 * Concentric rings by distance from the focus; a distance shared by hundreds of entities is split
	 * over several rings, so a large network stays compact instead of one enormous circle.
	 */
	private ringValues(): Map<string, number> {
		const byDistance = new Map<number, string[]>();
		this.cy?.nodes().forEach((n) => {
			const d = n.data('distance') as number;
			byDistance.set(d, [...(byDistance.get(d) ?? []), n.id()]);
		});
		const values = new Map<string, number>();
		for (const [d, ids] of byDistance) {
			const perRing = Math.max(16, Math.ceil(Math.sqrt(ids.length) * 4));
			ids.forEach((id, i) => values.set(id, (100 - d) * 1000 + (999 - Math.floor(i / perRing))));
		}
		return values;
	}

	private layoutOptions(name: LayoutName, incremental = false): LayoutOptions {
		const size = this.cy?.nodes().length ?? 0;
		const big = size > 1000;
		if (name === 'concentric') {
			const rings = this.ringValues();
			return { name: 'concentric', animate: false, concentric: (n: NodeSingular) => rings.get(n.id()) ?? 0, levelWidth: () => 1, minNodeSpacing: big ? 6 : 40 } as LayoutOptions;
		}
		if (name === 'breadthfirst') {
			// Thousands of entities on one tree level make a line kilometres long; circles stay compact.
			return { name: 'breadthfirst', animate: false, directed: false, circle: big, roots: this.focusId ? [`#${CSS.escape(this.focusId)}`] : undefined, spacingFactor: big ? 0.4 : 1.4 } as LayoutOptions;
		}
		// fcose's proof quality takes seconds past a few hundred entities; draft is ten times faster.
		// Long edges and a wide separation leave room for the names under the nodes and the predicates on the edges.
		return {
			name: 'fcose',
			animate: !big && incremental,
			quality: size > 500 ? 'draft' : 'default',
			randomize: !incremental,
			nodeRepulsion: big ? 6000 : 20000,
			idealEdgeLength: big ? 90 : 170,
			nodeSeparation: 120,
			packComponents: true
		} as LayoutOptions;
	}

	/** Lays out the visible elements; resolves with the time the layout took. */
	runLayout = (incremental = false): Promise<number> => {
		const cy = this.cy;
		if (!cy || cy.nodes().length === 0) return Promise.resolve(0);
		const started = performance.now();
		const layout = cy.elements(':visible').layout(this.layoutOptions(this.layoutName, incremental));
		this.layingOut = true;
		const done = new Promise<number>((resolve) =>
			layout.one('layoutstop', () => {
				if (!incremental) this.fitView();
				this.layingOut = false;
				resolve(performance.now() - started);
			})
		);
		layout.run();
		return done;
	};

	nextLayout = () => {
		this.layoutName = LAYOUTS[(LAYOUTS.indexOf(this.layoutName) + 1) % LAYOUTS.length]!;
		void this.runLayout();
	};

	/** Relation sides to expand by: those of the relation filter, or all when it is off. */
	private selectedSideKeys(): string[] {
		return this.shownRelations.length ? this.relationOptions.filter((o) => this.shownRelations.includes(o.nativeType)).map((o) => o.key) : [];
	}

	private async working(work: () => Promise<void>) {
		this.busy = true;
		try {
			await work();
		} catch (e) {
			this.failure(e);
		} finally {
			this.busy = false;
		}
	}

	openFocus = (id: string) =>
		this.working(async () => {
			this.message = null;
			const graph = await graphApi.ego(id, this.depth, this.selectedSideKeys());
			this.focusId = id;
			this.cy?.elements().remove();
			this.currentView = null;
			this.merge(graph.nodes, graph.edges);
			this.truncated = graph.truncated;
			void this.runLayout();
			this.cy?.getElementById(id).select();
		});

	expand = (id: string) =>
		this.working(async () => {
			const graph = await graphApi.ego(id, 1, this.selectedSideKeys());
			const before = this.cy?.nodes().length ?? 0;
			this.merge(
				graph.nodes.filter((n) => n.id !== id),
				graph.edges,
				id,
				this.distanceOf(id)
			);
			const after = this.cy?.nodes().length ?? 0;
			if (after > MAX_GRAPH_NODES) this.say('warn', this.t('graph.tooMany', { max: MAX_GRAPH_NODES }));
			else this.say('ok', this.t('graph.expanded', { count: after - before }));
			void this.runLayout(true);
		});

	/** Removes what expanding this node added and that nothing else holds. */
	collapse = (id: string) => {
		this.cy?.nodes().filter((n) => n.data('expandedFrom') === id && n.degree(false) <= 1).remove();
		this.count();
	};

	hide = (id: string) => {
		this.cy?.getElementById(id).remove();
		this.selected = null;
		this.count();
	};

	select(target: NodeSingular | EdgeSingular | null) {
		this.menu = null;
		if (!target) {
			this.selected = null;
			return;
		}
		if (target.isNode()) {
			const d = target.data();
			this.selected = { kind: 'node', id: target.id(), name: d.label, type: d.type, tags: d.tags };
		} else {
			this.selected = {
				kind: 'edge',
				id: target.id(),
				relationId: target.data('relationId'),
				source: target.data('storedSource'),
				target: target.data('target'),
				sentence: phrase(this.options.locale(), target.source().data('label'), target.data('label'), target.target().data('label'))
			};
		}
	}

	addFromSearch = async (item: { id: string }) => {
		if (!this.cy) return;
		if (this.cy.nodes().length === 0) return this.openFocus(item.id);
		await this.working(async () => {
			const graph = await graphApi.ego(item.id, 1, this.selectedSideKeys());
			this.merge(graph.nodes, graph.edges);
			void this.runLayout(true);
			this.cy?.getElementById(item.id).select();
		});
	};

	findPaths = () => {
		const from = this.pathFrom[0]?.id;
		const to = this.pathTo[0]?.id;
		if (!from || !to || !this.cy) return Promise.resolve();
		return this.working(async () => {
			const cy = this.cy!;
			this.pathResults = [];
			const { paths } = await graphApi.paths(from, to, this.pathMax, this.pathCount);
			cy.elements().removeClass('on-path faded');
			if (paths.length === 0) {
				this.say('warn', this.t('graph.noPath', { max: this.pathMax }));
				return;
			}
			const ids = [...new Set(paths.flatMap((p) => p.entities.map((e) => e.id)))];
			const sub = await graphApi.subgraph(ids);
			// merge adds only the entities not on the canvas yet: they count as one relation away.
			this.merge(
				sub.nodes.map((n) => ({ ...n, distance: 1 })),
				sub.edges
			);
			await this.runLayout(true);
			cy.elements().addClass('faded');
			const onPath = cy.collection();
			for (const path of paths) {
				for (const e of path.entities) onPath.merge(cy.getElementById(e.id));
				for (const hop of path.hops) onPath.merge(cy.getElementById(`r-${hop.relationId}`));
			}
			onPath.removeClass('faded').addClass('on-path');
			// The path in view, whatever else is on the canvas.
			cy.animate({ fit: { eles: onPath, padding: 60 }, duration: 300 });
			this.pathResults = paths.map((p) => pathSentence(p, this.options.locale(), this.t('graph.which')));
		});
	};

	clearPaths = () => {
		this.cy?.elements().removeClass('on-path faded');
		this.pathResults = [];
	};

	/** The sentence the chosen type makes: "Zeta Eaux is a reseller of Boréal". */
	get pendingSentence(): string | null {
		const link = this.pendingLink;
		const option = link?.options.find((o) => o.key === link.chosen);
		return link && option ? phrase(this.options.locale(), link.sourceName, option.label, link.targetName) : null;
	}

	linkChosen = () => {
		const link = this.pendingLink;
		if (!link || !link.chosen) return Promise.resolve();
		return this.working(async () => {
			await graphApi.relate(link.source, link.chosen, link.target);
			const sub = await graphApi.subgraph([link.source, link.target]);
			this.merge([], sub.edges);
			this.say('ok', this.t('graph.related'));
			this.pendingLink = null;
		});
	};

	private async startLink(source: NodeSingular, target: NodeSingular) {
		try {
			const { sides: usable } = await graphApi.sidesBetween(source.id(), target.id());
			if (usable.length === 0) {
				this.say('error', this.t('graph.noTypeFits', { source: source.data('label'), target: target.data('label') }));
				return;
			}
			this.pendingLink = {
				source: source.id(),
				target: target.id(),
				sourceName: source.data('label'),
				targetName: target.data('label'),
				options: usable.map((s) => ({ key: s.key, label: predicateOf(s, this.options.locale()) })),
				chosen: ''
			};
		} catch (e) {
			this.failure(e);
		}
	}

	/** Asks before deleting the selected relation (from its card, its menu or the Delete key). */
	askToDelete = () => {
		if (this.options.canWrite() && this.selected?.kind === 'edge') this.confirmEdge = this.selected;
	};

	deleteEdge = () => {
		const edge = this.confirmEdge;
		if (!edge) return Promise.resolve();
		return this.working(async () => {
			try {
				await graphApi.unrelate(edge.relationId, edge.source);
				this.cy?.getElementById(`r-${edge.relationId}`).remove();
				this.say('ok', this.t('relations.removed'));
				this.selected = null;
				this.count();
			} finally {
				this.confirmEdge = null;
			}
		});
	};

	private viewState(): GraphViewState {
		return {
			nodes: (this.cy?.nodes() ?? []).map((n) => ({ id: n.id(), ...n.position() })),
			entityTypes: [...this.shownTypes],
			relationTypes: [...this.shownRelations],
			layout: this.layoutName,
			focus: this.focusId,
			zoom: this.cy?.zoom() ?? 1,
			pan: this.cy?.pan() ?? { x: 0, y: 0 }
		};
	}

	save = (overwrite: boolean) =>
		this.working(async () => {
			const input = { name: this.saveName.trim(), shared: this.saveShared, state: this.viewState() };
			const { id } = await graphApi.saveView(input, overwrite ? this.currentView?.id : undefined);
			this.views = (await graphApi.views()).views;
			this.currentView = this.views.find((v) => v.id === id) ?? null;
			this.saveOpen = false;
			this.say('ok', this.t('graph.viewSaved', { name: input.name }));
			replaceState(`/graph?view=${id}`, {});
		});

	openView = (id: string) =>
		this.working(async () => {
			const cy = this.cy;
			const view = await graphApi.view(id);
			const positions = new Map(view.state.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
			const sub = await graphApi.subgraph([...positions.keys()]);
			cy?.elements().remove();
			this.focusId = view.state.focus;
			this.shownTypes = view.state.entityTypes.filter(isEntityType);
			this.shownRelations = view.state.relationTypes;
			this.layoutName = view.state.layout;
			this.merge(
				sub.nodes.map((n) => ({ ...n, distance: n.id === this.focusId ? 0 : 1 })),
				sub.edges
			);
			cy?.nodes().forEach((n) => {
				const p = positions.get(n.id());
				if (p) n.position(p);
			});
			cy?.zoom(view.state.zoom);
			cy?.pan(view.state.pan);
			this.currentView = view;
			this.saveName = view.name;
			this.saveShared = view.shared;
			const missing = positions.size - (cy?.nodes().length ?? 0);
			if (missing > 0) this.say('warn', this.t('graph.viewMissing', { count: missing }));
		});

	/** The canvas as it is on screen, at its size: a PNG from cytoscape, an SVG drawn from the same elements. */
	exportAs = async (kind: 'png' | 'svg') => {
		const cy = this.cy;
		if (!cy) return;
		const name = `graph-${new Date().toISOString().slice(0, 10)}.${kind}`;
		const blob =
			kind === 'png'
				? ((await cy.png({ output: 'blob-promise', full: false, scale: 2, bg: '#ffffff' })) as Blob)
				: new Blob([graphSvg(cy)], { type: 'image/svg+xml' });
		downloadFile(blob, name);
	};

	zoomBy = (factor: number) => {
		const cy = this.cy;
		if (!cy) return;
		cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
	};

	/** A context-menu choice: closes the menu, then acts on what it was opened on. */
	choose = (action: (id: string) => unknown) => {
		const id = this.menu!.id;
		this.menu = null;
		void action(id);
	};

	toggleConnect = () => {
		this.connectMode = !this.connectMode;
		if (this.connectMode) this.handles?.enableDrawMode();
		else this.handles?.disableDrawMode();
	};

	onKeydown = (event: KeyboardEvent) => {
		if ((event.target as HTMLElement).closest('input, select, textarea, dialog')) return;
		const node = this.selected?.kind === 'node' ? this.selected.id : null;
		const keys: Record<string, () => void> = {
			f: this.fitView,
			'+': () => this.zoomBy(1.25),
			'=': () => this.zoomBy(1.25),
			'-': () => this.zoomBy(0.8),
			l: this.nextLayout,
			e: () => node && void this.expand(node),
			h: () => node && this.hide(node),
			c: () => this.options.canWrite() && this.toggleConnect(),
			p: () => (this.pathsOpen = !this.pathsOpen),
			'?': () => (this.help = !this.help),
			Escape: () => {
				this.menu = null;
				this.help = false;
				this.clearPaths();
			},
			Delete: this.askToDelete
		};
		const action = keys[event.key];
		if (action) {
			event.preventDefault();
			action();
		}
	};

	/** Starts cytoscape in `container` (loaded on first use). */
	async mount(container: HTMLElement) {
		const cytoscape = await loadCytoscape();
		const cy = cytoscape({
			container,
			style: graphStyle(),
			minZoom: 0.01,
			maxZoom: 4,
			// Past a few thousand elements, drawing a texture while panning keeps the canvas fluid.
			textureOnViewport: true,
			hideEdgesOnViewport: false,
			pixelRatio: 1
		});
		this.cy = cy;
		cy.on('tap', (e: EventObject) => this.select(e.target === cy ? null : (e.target as NodeSingular | EdgeSingular)));
		cy.on('dbltap', 'node', (e: EventObject) => void this.expand((e.target as NodeSingular).id()));
		cy.on('cxttap', 'node, edge', (e: EventObject) => {
			const target = e.target as NodeSingular | EdgeSingular;
			this.select(target);
			this.menu = { x: e.renderedPosition.x, y: e.renderedPosition.y, kind: target.isNode() ? 'node' : 'edge', id: target.id() };
		});
		cy.on('pan zoom', () => (this.menu = null));
		if (this.options.canWrite()) {
			this.handles = cy.edgehandles({ snap: true, noEdgeEventsInDraw: true, canConnect: (s: NodeSingular, t: NodeSingular) => !s.same(t) });
			cy.on('ehcomplete', (_e: EventObject, source: NodeSingular, target: NodeSingular, added: EdgeSingular) => {
				added.remove();
				void this.startLink(source, target);
			});
		}
		// A handle for the browser benchmark (bench/browser-graph.ts) and the e2e tests, which drive the real component.
		(window as unknown as { crmGraph?: unknown }).crmGraph = {
			cy,
			merge: this.merge,
			layout: (name: LayoutName) => {
				this.layoutName = name;
				return this.runLayout();
			}
		};
	}

	destroy() {
		this.handles?.destroy();
		this.cy?.destroy();
		this.cy = null;
	}
}
