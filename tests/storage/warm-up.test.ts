import { afterEach, describe, expect, it, vi } from 'vitest';

// What the background does, in order: inject the review script, open the database, answer warm-up questions.
const calls: string[] = [];
let failInjection = false;
vi.mock('wxt/browser', () => ({
  browser: {
    scripting: {
      executeScript: vi.fn(async () => {
        calls.push('inject');
        if (failInjection) throw new Error('Cannot access contents of the page.');
        return [];
      }),
    },
  },
}));
vi.mock('../../storage/db', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../storage/db')>()),
  db: () => ({ open: async () => void calls.push('open database') }),
}));
vi.mock('../../engine/services', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../engine/services')>();
  return {
    ...real,
    answerQueries: (queries: Parameters<typeof real.answerQueries>[0], services: Parameters<typeof real.answerQueries>[1]) => {
      calls.push(`answer ${queries.length}`);
      return real.answerQueries(queries, services);
    },
  };
});

afterEach(() => {
  vi.useRealTimers();
});

describe('injectReview warms the background up while the page walks', () => {
  it('asks the warm-up questions once per worker life, one group per task, after starting the injection', async () => {
    vi.useFakeTimers();
    const { WARM_UP_QUERIES } = await import('../../engine/services-full');
    const { injectReview } = await import('../../storage/router');
    await injectReview(1);
    // The injection is under way before any warm-up work, and no group has run inside the injecting task.
    expect(calls).toEqual(['inject', 'open database']);
    await vi.advanceTimersToNextTimerAsync();
    expect(calls).toEqual(['inject', 'open database', `answer ${WARM_UP_QUERIES[0]!.length}`]);
    await vi.runAllTimersAsync();
    expect(calls).toEqual(['inject', 'open database', ...WARM_UP_QUERIES.map((g) => `answer ${g.length}`)]);

    // The next page of the journey, the worker still alive: nothing to warm.
    calls.length = 0;
    await injectReview(1);
    await vi.runAllTimersAsync();
    expect(calls).toEqual(['inject']);
  });

  it('still reports a failed injection to the caller', async () => {
    failInjection = true;
    const { injectReview } = await import('../../storage/router');
    await expect(injectReview(2)).rejects.toThrow('Cannot access contents of the page.');
    failInjection = false;
  });
});
