/**
 * What a chart shows, independent of the library that draws it: the same data draws the chart and
 * the table that screen readers (and anyone who asks) read instead.
 */
export interface ChartSeries {
	name: string;
	/** One value per category (null: no value). */
	values: (number | null)[];
	/** A band around the line (a forecast's confidence interval): lower and upper per category. */
	band?: { lower: (number | null)[]; upper: (number | null)[] };
}

export interface ChartSpec {
	kind: 'bar' | 'line' | 'pie' | 'heatmap';
	/** The x axis (bars, lines, heat map columns) or the slices (pie). */
	categories: string[];
	series: ChartSeries[];
	/** Heat map rows (series are then ignored; `cells[row][column]`). */
	rows?: string[];
	cells?: (number | null)[][];
	stacked?: boolean;
	/** How values read: 1234 → "1,234" (default), or a currency. */
	unit?: string;
}
