import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonOr, readJson } from '../../src/lib/server/web/api';

const schema = z.object({ ids: z.array(z.string().max(4)) });
const post = (body: string) => new Request('http://crm.test/api/x', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
const answer = async (body: string) => {
	const response = await jsonOr('en', async () => (await readJson(post(body), schema)).ids);
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('JSON request bodies', () => {
	it('answers bad JSON and invalid input in the same shape as every other refusal', async () => {
		expect(await answer('{"ids": ["a"]}')).toEqual({ status: 200, body: ['a'] as unknown as Record<string, unknown> });
		const notJson = await answer('ids=a');
		expect(notJson).toMatchObject({ status: 400, body: { error: 'INVALID_JSON', message: 'The request body is not valid JSON.', fieldErrors: {} } });
		const invalid = await answer('{"ids": ["much too long"]}');
		expect(invalid.status).toBe(422);
		expect(invalid.body).toMatchObject({ error: 'INVALID_INPUT', fieldErrors: { 'ids.0': expect.any(String) } });
		expect(invalid.body.message).toBe((invalid.body.fieldErrors as Record<string, string>)['ids.0']);
		expect(invalid.body.message).not.toMatch(/^error\./);
	});
});
