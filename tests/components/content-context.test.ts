// @vitest-environment happy-dom
/**
 * The content scripts' ctx (entrypoints/review.content/context.ts, used in place of WXT's): a newer copy of
 * the same script invalidates the older one, and what hangs on it ends with it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const runtime: { id?: string } = { id: 'trustlens-test' };
vi.stubGlobal('chrome', { runtime });
const { ContentScriptContext } = await import('../../entrypoints/review.content/context');

describe('content script context', () => {
  beforeEach(() => {
    runtime.id = 'trustlens-test';
  });
  afterEach(() => vi.useRealTimers());

  it('a newer copy of the same script invalidates the older one; another script is left alone', () => {
    const first = new ContentScriptContext('review');
    const picker = new ContentScriptContext('picker');
    const ended = vi.fn();
    first.onInvalidated(ended);
    expect(first.isInvalid).toBe(false);
    const second = new ContentScriptContext('review');
    expect(first.isInvalid).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(second.isInvalid).toBe(false);
    expect(picker.isInvalid).toBe(false);
    second.abort('stop');
    new ContentScriptContext('review'); // nothing left listening for the aborted copies
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('timeouts, frames and listeners end with it; onInvalidated can be undone', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('review');
    const tick = vi.fn();
    const seen = vi.fn();
    const undone = vi.fn();
    ctx.setTimeout(tick, 10);
    ctx.addEventListener(window, 'resize', seen);
    ctx.onInvalidated(undone)();
    window.dispatchEvent(new Event('resize'));
    ctx.abort();
    window.dispatchEvent(new Event('resize'));
    vi.advanceTimersByTime(20);
    expect(seen).toHaveBeenCalledTimes(1);
    expect(tick).not.toHaveBeenCalled();
    expect(undone).not.toHaveBeenCalled();
  });

  it('is invalid once the extension is reloaded or removed', () => {
    const ctx = new ContentScriptContext('review');
    const ended = vi.fn();
    ctx.onInvalidated(ended);
    delete runtime.id;
    expect(ctx.isInvalid).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
  });
});
