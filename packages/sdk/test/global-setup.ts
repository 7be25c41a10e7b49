import { startMock } from '@litmos-kit/mock';
import type { TestProject } from 'vitest/node';

// One Prism for the whole run, on a free port of 127.0.0.1; stopped when the run ends.
export default async function setup(project: TestProject) {
  const mock = await startMock({ port: 0 });
  project.provide('mockUrl', mock.url);
  return () => mock.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrl: string;
  }
}
