import { startMock } from '@litmos-kit/mock';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../../test-support/start-server.js';

// One Prism for the whole run, on a free port of 127.0.0.1; stopped when the run ends.
export default async function setup(project: TestProject) {
  const mock = await startServer('Prism mock of the Litmos spec', () => startMock({ port: 0 }), { stop: (m) => m.close() });
  project.provide('mockUrl', mock.url);
  return () => mock.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrl: string;
  }
}
