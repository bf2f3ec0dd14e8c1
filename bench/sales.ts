/**
 * npm run bench:sales [-- --samples 200]: the sales workflow and the customer card, through the
 * product's own code on a fresh embedded Neo4j: creating, confirming and invoicing an order (three
 * transactions, as the order page runs them), and the customer card of a customer with 5,000 orders.
 * Writes the "Sales" section of BENCHMARKS.md. (Sales statistics over 1M lines: bench/sales-statistics.ts.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { kindOf } from '$lib/kinds/registry';
import { createUser } from '$lib/server/auth/users';
import { connect, disconnect, writeTx } from '$lib/server/db/driver';
import { ensureKindIndexes } from '$lib/server/db/kind-schema';
import { migrate } from '$lib/server/db/migrations';
import { setCypherRoot } from '$lib/server/db/queries';
import { ensureSettings } from '$lib/server/app/settings';
import { createEntity } from '$lib/server/entities/pipeline';
import { customerCard } from '$lib/server/sales/customer-card';
import { today } from '$lib/server/sales/numbers';
import { stepOrder } from '$lib/server/sales/order-steps';
import { createOrder } from '$lib/server/sales/orders';
import { startEmbeddedNeo4j } from '../neo4j/embedded';
import { freePort } from '../tests/support/free-port';
import { benchCypher } from './cypher';
import { ROOT } from './db';
import { machine } from './machine';
import { writeBenchmarkSection } from './sections';
import { measure, summarise, type Summary } from './stats';

const SAMPLES = Number(process.argv[process.argv.indexOf('--samples') + 1]) || 200;
const HISTORY = 5_000;
const admin = { id: 'bench-admin', role: 'admin' as const };

setCypherRoot(join(ROOT, 'cypher'));

async function main() {
	const dataDir = mkdtempSync(join(tmpdir(), 'crm-bench-sales-'));
	const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: await freePort(), projectRoot: ROOT, heap: '1g', pageCache: '512m' });
	const loadBefore = loadavg();
	try {
		await connect({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
		await migrate();
		await ensureKindIndexes();
		await ensureSettings('FR');
		const users = await Promise.all(
			(['agent', 'supervisor'] as const).map(async (role) => ({ id: (await createUser({ email: `${role}@bench.example.com`, firstName: null, lastName: role, role, password: 'bench sales password' })).id, role }))
		);
		const [operator, supervisor] = users as [(typeof users)[0], (typeof users)[0]];
		const products: string[] = [];
		for (let i = 0; i < 20; i++) products.push(await createEntity(kindOf('Product'), { name: `Bench product ${i}`, sku: `BENCH-${i}`, unitPrice: 5 + i, stock: 10_000_000, active: true }, admin));
		const customers: string[] = [];
		for (let i = 0; i < 50; i++) customers.push(await createEntity(kindOf('Organisation'), { name: `Bench customer ${i}`, kind: 'company' }, admin));

		const flow = await measure(
			async (i) => {
				const { id } = await createOrder({ customerId: customers[i % customers.length], channel: 'phone', lines: [{ productId: products[i % 20], quantity: 2 }, { productId: products[(i + 7) % 20], quantity: 1 }] }, operator);
				await stepOrder(id, { step: 'confirm' }, supervisor);
				await stepOrder(id, { step: 'invoice' }, supervisor);
			},
			{ warmup: 20, samples: SAMPLES }
		);

		// The least any three transactions cost here, whatever they do: what the flow's figures stand on.
		const floor = await measure(
			async () => {
				for (let step = 0; step < 3; step++) await writeTx((tx) => tx.run('MERGE (n:BenchFloor {id: 1}) SET n.steps = coalesce(n.steps, 0) + 1'));
			},
			{ warmup: 20, samples: SAMPLES }
		);

		const heavy = await createEntity(kindOf('Organisation'), { name: 'Bench customer with a long history', kind: 'company' }, admin);
		for (let batch = 0; batch < HISTORY / 1_000; batch++) {
			await writeTx((tx) => tx.run(benchCypher('sales-customer-orders'), { customerId: heavy, count: 1_000, batch, today: today(), ownerId: operator.id, products }));
		}
		const card = await customerCard(heavy);
		if (card.orderCount !== HISTORY) throw new Error(`the heavy customer has ${card.orderCount} orders, not ${HISTORY}`);
		const cards = await measure(() => customerCard(heavy).then(() => undefined), { warmup: 20, samples: SAMPLES });

		const rows: [string, Summary, number | null][] = [
			['create + confirm + invoice an order (3 transactions)', summarise(flow.samples), 50],
			['floor: 3 one-statement write transactions', summarise(floor.samples), null],
			[`customer card of a customer with ${HISTORY.toLocaleString('en')} orders`, summarise(cards.samples), 50]
		];
		const m = machine(ROOT);
		const table = [
			'| measurement | n | p50 ms | p95 ms | p99 ms | target p95 | met |',
			'| --- | --- | --- | --- | --- | --- | --- |',
			...rows.map(([name, s, target]) => `| ${name} | ${s.n} | ${s.p50} | ${s.p95} | ${s.p99} | ${target === null ? '—' : `≤ ${target} ms`} | ${target === null ? '—' : s.p95 <= target ? 'yes' : '**no**'} |`)
		].join('\n');
		const body = [
			`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${m.nproc} vCPU (${m.cpu}), ${m.ramGiB} GiB RAM, Node ${m.node}, Neo4j ${m.neo4j} embedded (heap 1g, page cache 512m); load average before ${loadBefore.map((l) => l.toFixed(2)).join(' / ')}.`,
			'Command: `npm run bench:sales`. Through the product\'s own functions (createOrder, stepOrder, customerCard) on a fresh database; the history of the heavy customer is seeded in the product\'s graph shape (bench/cypher/sales-customer-orders.cypher). The floor is three write transactions of one MERGE each, one after the other: what any three-transaction flow costs on this machine before it does anything.',
			'',
			table
		].join('\n');
		console.log(table);
		writeBenchmarkSection(join(ROOT, 'BENCHMARKS.md'), 'sales', 'npm run bench:sales', 'Sales: order workflow and customer card', body);
	} finally {
		await disconnect();
		await neo4j.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
