/**
 * The content scripts' `ctx`: what they add to the page ends when it is invalidated (the review stopped,
 * the script injected again, the extension reloaded). wxt.config.ts makes WXT's content-script entry
 * construct this class instead of wxt/utils/content-script-context, which also carries a location watcher,
 * idle callbacks, intervals and a window.postMessage to the page at every start (naming the extension's
 * id): ~0.6 KB gzipped of review.js, which must stay ≤ 60 KB. Same constructor, same members for the part
 * used here; code takes `ReviewContext`, so TypeScript rejects a WXT member this class does not have.
 *
 * As with WXT's: a newer copy of the same script, injected into the same isolated world, invalidates the
 * older one (a document event only that world's listeners of this extension and script name act on).
 */
import { browser } from 'wxt/browser';

export interface ReviewContext {
  readonly signal: AbortSignal;
  /** True once invalidated; also notices that the extension was reloaded or removed. */
  readonly isInvalid: boolean;
  abort(reason?: unknown): void;
  /** Calls `cb` when invalidated; returns a function that stops that. */
  onInvalidated(cb: () => void): () => void;
  setTimeout(handler: () => void, timeout?: number): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  /** target.addEventListener, removed when invalidated. */
  addEventListener<K extends keyof WindowEventMap>(target: Window, type: K, handler: (event: WindowEventMap[K]) => void, options?: AddEventListenerOptions): void;
}

export class ContentScriptContext implements ReviewContext {
  readonly #controller = new AbortController();

  constructor(readonly contentScriptName: string, readonly options?: unknown) {
    const type = `${browser.runtime.id}:${contentScriptName}:started`;
    const detail = Math.random().toString(36).slice(2);
    document.dispatchEvent(new CustomEvent(type, { detail }));
    document.addEventListener(type, (e) => {
      if ((e as CustomEvent).detail !== detail) this.abort('a newer copy of the script started');
    }, { signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.abort('the extension was reloaded');
    return this.signal.aborted;
  }

  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (!this.isInvalid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((t) => {
      if (!this.isInvalid) callback(t);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  addEventListener<K extends keyof WindowEventMap>(target: Window, type: K, handler: (event: WindowEventMap[K]) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }
}
