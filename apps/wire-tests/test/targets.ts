// The servers the suite runs against, started through their public APIs on 127.0.0.1 and a free
// port: the Prism mock (`startMock`) and the stateful sandbox (`startSandbox`). Both are reached
// at `/v1.svc`, the base path every public client uses.
import { startMock } from '@litmos-kit/mock';
import { startSandbox } from '@litmos-kit/sandbox';
import { afterAll, beforeAll } from 'vitest';
import { send } from './send.js';

/** Names of the targets. */
export type TargetName = 'mock' | 'sandbox';

/** A running target. */
export interface RunningTarget {
  readonly name: TargetName;
  /** `http://127.0.0.1:<port>/v1.svc` */
  readonly base: string;
  /** A key the target accepts. */
  readonly apiKey: string;
  /** Whether writes change what later reads return (the sandbox) or not (the mock's examples). */
  readonly stateful: boolean;
  /** Ids of records that exist on the target, read through its API. */
  readonly ids: { readonly userId: string; readonly otherUserId: string; readonly teamId: string; readonly courseId: string; readonly moduleId: string };
  close(): Promise<void>;
}

/** A target to start. */
export interface Target {
  readonly name: TargetName;
  start(): Promise<RunningTarget>;
}

/** The first records of a few lists, read in JSON (`format=json` works on every target). */
async function discoverIds(base: string, apiKey: string): Promise<RunningTarget['ids']> {
  const list = async (path: string) => {
    const reply = await send('GET', `${base}${path}${path.includes('?') ? '&' : '?'}source=wire-tests&format=json`, { apikey: apiKey });
    if (reply.status !== 200) throw new Error(`GET ${path}: ${reply.status} ${reply.text.slice(0, 200)}`);
    return JSON.parse(reply.text) as { Id: string }[];
  };
  const users = await list('/users?limit=2');
  const teams = await list('/teams?limit=1');
  const courses = await list('/courses?limit=1');
  const modules = await list(`/courses/${encodeURIComponent(courses[0]!.Id)}/modules`);
  return { userId: users[0]!.Id, otherUserId: users[1]!.Id, teamId: teams[0]!.Id, courseId: courses[0]!.Id, moduleId: modules[0]!.Id };
}

export const mock: Target = {
  name: 'mock',
  async start() {
    const server = await startMock({ port: 0 });
    const base = `${server.url}/v1.svc`;
    // The mock checks that a key is present, not which one.
    const apiKey = 'wire-tests-key';
    return { name: 'mock', base, apiKey, stateful: false, ids: await discoverIds(base, apiKey), close: () => server.close() };
  },
};

export const sandbox: Target = {
  name: 'sandbox',
  async start() {
    const server = await startSandbox({ port: 0, users: 200, seed: 3, rateLimit: false });
    try {
      return {
        name: 'sandbox',
        base: server.url,
        apiKey: server.apiKey,
        stateful: true,
        ids: await discoverIds(server.url, server.apiKey),
        close: () => server.close(),
      };
    } catch (error) {
      await server.close();
      throw error;
    }
  },
};

/** Every target: a scenario runs against each. */
export const targets: readonly Target[] = [mock, sandbox];

/** Starts the target before the scenarios of the enclosing block and stops it after them. */
export function useTarget(target: Target): () => RunningTarget {
  let running: RunningTarget | undefined;
  beforeAll(async () => {
    running = await target.start();
  });
  afterAll(() => running?.close());
  return () => {
    if (!running) throw new Error(`${target.name} did not start`);
    return running;
  };
}

/** The targets of a scenario that some target cannot pass yet (the caller says why). */
export function targetsExcept(...names: TargetName[]): readonly Target[] {
  return targets.filter((target) => !names.includes(target.name));
}
