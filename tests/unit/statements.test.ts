import { describe, expect, it } from 'vitest';
import { statements } from '../../src/lib/server/db/queries';

describe('splitting Cypher scripts', () => {
	it('splits on a semicolon at the end of a line, not inside strings, and drops comment lines', () => {
		const script = [
			'// a comment;',
			"CREATE (:A {text: 'one;",
			"two;'});",
			'CREATE (:B {t: "x; y"});',
			'MATCH (n) RETURN n'
		].join('\n');
		expect(statements(script)).toEqual([
			"CREATE (:A {text: 'one;\ntwo;'})",
			'CREATE (:B {t: "x; y"})',
			'MATCH (n) RETURN n'
		]);
	});
});
