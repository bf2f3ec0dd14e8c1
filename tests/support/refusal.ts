import { DomainError } from '../../src/lib/domain/errors';

/** The DomainError `work` is refused with; fails the test when it succeeds or throws anything else. */
export async function refusal(work: Promise<unknown>): Promise<DomainError> {
	try {
		await work;
	} catch (e) {
		if (e instanceof DomainError) return e;
		throw e;
	}
	throw new Error('expected a refusal');
}
