// npm run graphql:schema — writes schema.graphql from the entity kinds' declarations (the API's
// type definitions, checked in to be read; tests/unit/graphql-schema.test.ts fails when it is stale).
import { writeFileSync } from 'node:fs';
import { generateTypeDefs } from '$lib/server/graphql/type-defs';

writeFileSync(new URL('../schema.graphql', import.meta.url), generateTypeDefs());
console.log('schema.graphql written.');
