// The cytoscape extensions ship without types; these cover what the graph explorer uses.
import 'cytoscape';

declare module 'cytoscape' {
	interface EdgeHandlesInstance {
		enableDrawMode(): void;
		disableDrawMode(): void;
		destroy(): void;
	}
	interface Core {
		svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
		edgehandles(options?: Record<string, unknown>): EdgeHandlesInstance;
	}
}
