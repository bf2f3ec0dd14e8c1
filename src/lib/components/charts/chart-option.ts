import type { ChartSpec } from '$lib/domain/charts';

const PALETTE = ['#1d4ed8', '#15803d', '#7c3aed', '#b45309', '#be123c', '#0e7490', '#4d7c0f', '#9333ea'];

/** The ECharts option for a spec (plain data: no library import, so it also builds the SVG export). */
export function chartOption(spec: ChartSpec, format: (n: number) => string): Record<string, unknown> {
	const common = { color: PALETTE, animation: false, tooltip: { trigger: spec.kind === 'pie' ? 'item' : 'axis', valueFormatter: (v: number) => format(v) } };
	if (spec.kind === 'pie') {
		const [first] = spec.series;
		return {
			...common,
			legend: { bottom: 0 },
			series: [{ type: 'pie', radius: ['35%', '65%'], data: spec.categories.map((name, i) => ({ name, value: first?.values[i] ?? 0 })), label: { formatter: '{b}: {d}%' } }]
		};
	}
	if (spec.kind === 'heatmap') {
		const data = (spec.cells ?? []).flatMap((row, y) => row.map((v, x) => [x, y, v ?? '-']));
		const values = data.map((d) => d[2]).filter((v): v is number => typeof v === 'number');
		return {
			...common,
			tooltip: { position: 'top' },
			grid: { left: 90, right: 20, top: 10, bottom: 60 },
			xAxis: { type: 'category', data: spec.categories, splitArea: { show: true } },
			yAxis: { type: 'category', data: spec.rows ?? [], splitArea: { show: true } },
			visualMap: { min: Math.min(0, ...values), max: Math.max(1, ...values), calculable: true, orient: 'horizontal', left: 'center', bottom: 0 },
			series: [{ type: 'heatmap', data, label: { show: true } }]
		};
	}
	const bands = spec.series.flatMap((s, i) =>
		s.band
			? [
					{ name: `${s.name} –`, type: 'line', data: s.band.lower, lineStyle: { opacity: 0 }, stack: `band${i}`, symbol: 'none', silent: true, tooltip: { show: false } },
					{
						name: `${s.name} +`,
						type: 'line',
						data: s.band.upper.map((u, j) => (u === null || s.band!.lower[j] === null ? null : u - s.band!.lower[j]!)),
						lineStyle: { opacity: 0 },
						areaStyle: { color: PALETTE[i % PALETTE.length], opacity: 0.15 },
						stack: `band${i}`,
						symbol: 'none',
						silent: true,
						tooltip: { show: false }
					}
				]
			: []
	);
	return {
		...common,
		legend: { data: spec.series.map((s) => s.name), bottom: 0 },
		grid: { left: 50, right: 20, top: 20, bottom: 50 },
		xAxis: { type: 'category', data: spec.categories },
		yAxis: { type: 'value', axisLabel: { formatter: (v: number) => format(v) } },
		series: [...spec.series.map((s) => ({ name: s.name, type: spec.kind, data: s.values, stack: spec.stacked ? 'all' : undefined, smooth: false })), ...bands]
	};
}
