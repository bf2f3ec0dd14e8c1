/** A one-time message shown after a redirect; `undo` offers to reverse a destructive action. */
export interface Flash {
	kind: 'ok' | 'error';
	message: string;
	undo?: { action: string; id: string };
}
