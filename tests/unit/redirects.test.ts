import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from '../../src/lib/server/web/http';

describe('the target followed after sign-in', () => {
	it('keeps paths of this site, with their query and fragment', () => {
		expect(safeRedirectTarget('/organisations?page=2#top')).toBe('/organisations?page=2#top');
		expect(safeRedirectTarget('/entities/abc/../def')).toBe('/entities/def');
		expect(safeRedirectTarget('/%2F%5Cevil.example')).toBe('/%2F%5Cevil.example');
	});

	it.each([
		['nothing', null],
		['another site', 'https://evil.example/x'],
		['a protocol-relative URL', '//evil.example/x'],
		['a backslash read as a slash', '/\\evil.example/x'],
		['the decoded %2F%5C', decodeURIComponent('%2F%5Cevil.example/x')],
		['a tab the browser drops', '/\t/evil.example/x'],
		['a newline the browser drops', '/\n/evil.example/x'],
		['a carriage return', '/\r/evil.example'],
		['a relative path', 'evil.example/x'],
		['a script URL', 'javascript:alert(1)']
	])('answers / for %s', (_, target) => {
		expect(safeRedirectTarget(target)).toBe('/');
	});
});
