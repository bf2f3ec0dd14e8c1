import { randomUUID } from 'node:crypto';
import { DomainError } from '$lib/domain/errors';
import { graphViewState, type GraphView, type GraphViewInput } from '$lib/domain/graph';
import { isStaff, type Keeper } from '$lib/domain/roles';
import { read, write } from '$lib/server/db/driver';

interface Row {
	view: Omit<GraphView, 'state' | 'mine'> & { state: string };
}

const toView = (row: Row, userId: string): GraphView => ({
	...row.view,
	state: graphViewState.parse(JSON.parse(row.view.state)),
	mine: row.view.ownerId === userId
});

export async function visibleViews(user: Keeper): Promise<GraphView[]> {
	return (await read<Row>('graph-views/visible', { userId: user.id, staff: isStaff(user.role) })).map((r) => toView(r, user.id));
}

export async function getView(id: string, user: Keeper): Promise<GraphView> {
	const [row] = await read<Row>('graph-views/get', { id, userId: user.id, staff: isStaff(user.role) });
	if (!row) throw new DomainError('VIEW_NOT_FOUND', 'error.view.notFound', 404);
	return toView(row, user.id);
}

/** Saves a new view, or replaces one of the user's own when `id` is given. */
export async function saveView(input: GraphViewInput, user: Keeper, id: string = randomUUID()): Promise<string> {
	const [row] = await write<{ id: string }>('graph-views/save', {
		id,
		userId: user.id,
		name: input.name,
		shared: input.shared && isStaff(user.role),
		state: JSON.stringify(input.state)
	});
	if (!row) throw new DomainError('VIEW_NOT_YOURS', 'error.view.notYours', 403);
	return row.id;
}

export async function deleteView(id: string, userId: string): Promise<void> {
	const [row] = await write<{ deleted: number }>('graph-views/delete', { id, userId });
	if (!row?.deleted) throw new DomainError('VIEW_NOT_FOUND', 'error.view.notFound', 404);
}
