// @litmos-kit/sdk/resources: a client of only the resources an application uses. Each resource
// is exported by name; `createLitmosClient(options, { users })` binds the ones it is given, so a
// bundler leaves the operations of the others out. Errors, types and helpers stay in
// `@litmos-kit/sdk`, shared by both ways of creating a client.
export { createLitmosClient, type LitmosClient, type LitmosResources } from './create-litmos-client.js';
export * from './gen/resources.gen.js';
