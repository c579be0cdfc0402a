import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../../lib/core/packs/validate';
import { createOffscreenValidator } from '../../../../lib/background/validation/offscreen-validator';
import { validateInThread } from '../../../../lib/background/validation/validator';
import {
  createWorkerValidator,
  type WorkerLike,
} from '../../../../lib/background/validation/worker-runner';
import type { ValidateRequest } from '../../../../lib/background/validation/worker-protocol';
import { samplePack } from '../../../fixtures/sample-pack';

/** A fake worker: answers with the real validation on a later turn, or not at all. */
function fakeWorker(mode: 'answer' | 'silent' | 'error', log: string[]): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message: ValidateRequest) {
      log.push(`post ${message.id}`);
      if (mode === 'silent') return;
      setTimeout(() => {
        if (mode === 'error') worker.onerror?.({ message: 'boom' } as ErrorEvent);
        else
          worker.onmessage?.({
            data: { id: message.id, result: validatePack(message.input) },
          } as MessageEvent);
      }, 1);
    },
    terminate() {
      log.push('terminate');
    },
  };
  return worker;
}

const good = JSON.stringify(samplePack());

describe('validation off the background thread', () => {
  it('a worker gives the same result as validation in this thread, one job at a time', async () => {
    const log: string[] = [];
    let spawned = 0;
    const validate = createWorkerValidator(() => {
      spawned++;
      return fakeWorker('answer', log);
    });
    const [a, b] = await Promise.all([validate(good), validate('{')]);
    expect(a).toEqual(await validateInThread(good));
    expect(b.ok).toBe(false);
    expect(spawned).toBe(1);
    expect(log).toEqual(['post 1', 'post 2']);
  });

  it('a stuck worker is terminated after the timeout and the pack refused; the next job gets a new one', async () => {
    const log: string[] = [];
    const modes: Array<'silent' | 'answer'> = ['silent', 'answer'];
    const validate = createWorkerValidator(() => fakeWorker(modes.shift() ?? 'answer', log), 20);
    const stuck = await validate(good);
    expect(stuck.ok).toBe(false);
    expect(!stuck.ok && stuck.errors[0]?.en).toBe(
      'The pack could not be validated: the check took longer than 0 s.',
    );
    expect((await validate(good)).ok).toBe(true);
    expect(log).toEqual(['post 1', 'terminate', 'post 2']);
  });

  it('a worker that errors refuses the pack with the reason, in both languages', async () => {
    const validate = createWorkerValidator(() => fakeWorker('error', []));
    const result = await validate(good);
    expect(!result.ok && result.errors[0]).toMatchObject({
      lv: 'Paku neizdevās pārbaudīt: boom',
      en: 'The pack could not be validated: boom',
    });
  });

  it('Chrome: creates the offscreen document once and asks it by message', async () => {
    let created = 0;
    const sent: unknown[] = [];
    const validate = createOffscreenValidator({
      url: 'chrome-extension://x/offscreen.html',
      offscreen: {
        createDocument: async (p) => {
          created++;
          expect(p.reasons).toEqual(['WORKERS', 'USER_MEDIA']);
        },
        hasDocument: async () => created > 0,
      },
      send: async (message) => {
        sent.push(message);
        return validatePack(message.input);
      },
    });
    expect((await validate(good)).ok).toBe(true);
    expect((await validate(good)).ok).toBe(true);
    expect(created).toBe(1);
    expect(sent).toEqual([
      { type: 'laipni:validate-pack', input: good },
      { type: 'laipni:validate-pack', input: good },
    ]);
    const broken = createOffscreenValidator({
      url: 'x',
      offscreen: { createDocument: async () => undefined },
      send: async () => {
        throw new Error('Could not establish connection.');
      },
    });
    expect(await broken(good)).toMatchObject({ ok: false });
  });
});
