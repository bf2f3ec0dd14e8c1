import type { EntitySummary, EntityType } from '$lib/domain/entities';

/**
 * Entities found as the user types: asked from /api/entities a moment after the last key, the
 * previous request cancelled, so that only the answer to what is in the box is shown.
 */
export class EntitySearch {
	query = $state('');
	results = $state<EntitySummary[]>([]);
	loading = $state(false);
	/** Whether the results answer a query (an empty list then means "nothing found"). */
	searched = $state(false);
	#timer: ReturnType<typeof setTimeout> | undefined;
	#controller: AbortController | undefined;

	constructor(private readonly options: () => { types?: EntityType[]; exclude?: string; limit: number }) {}

	search = () => {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#fetch(), 200);
	};

	clear = () => {
		clearTimeout(this.#timer);
		this.#controller?.abort();
		this.query = '';
		this.results = [];
		this.searched = false;
		this.loading = false;
	};

	async #fetch() {
		this.#controller?.abort();
		if (this.query.trim().length < 1) {
			this.results = [];
			this.searched = false;
			return;
		}
		const controller = (this.#controller = new AbortController());
		const { types = [], exclude, limit } = this.options();
		const params = new URLSearchParams({ q: this.query, types: types.join(','), limit: String(limit) });
		if (exclude) params.set('exclude', exclude);
		this.loading = true;
		try {
			const response = await fetch(`/api/entities?${params}`, { signal: controller.signal });
			this.results = response.ok ? ((await response.json()) as { items: EntitySummary[] }).items : [];
			this.searched = true;
		} catch (e) {
			if ((e as Error).name !== 'AbortError') this.results = [];
		} finally {
			if (this.#controller === controller) this.loading = false;
		}
	}
}
