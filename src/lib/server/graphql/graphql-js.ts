// graphql-js, always its CommonJS build. Vite resolves a bare `graphql` import to the ESM build
// (index.mjs) while @neo4j/graphql, graphql-yoga and the limit plugins load the CommonJS one under
// Node; two copies of graphql-js break its `instanceof` checks ("Cannot use GraphQLNonNull from
// another module or realm") and yoga would mask our own errors. Import graphql from here.
export * from 'graphql/index.js';
