/**
 * The overlay's host element: <name> with an open shadow root holding our stylesheet and one container,
 * appended to <html>. It does what WXT's createShadowRootUi did for us (position 'inline', anchor 'html',
 * append 'last', isolateEvents) without its auto-mount, anchor lookup and positioning code, which the
 * content script shipped unused (~3 KB gzipped of a budget of 60).
 */
import type { ReviewContext } from './context';

export interface ShadowHost {
  /** The element in the page (carries the shadow root). */
  shadowHost: HTMLElement;
  shadow: ShadowRoot;
  /** Put the host (back) into the page and call onMount. */
  mount(): void;
  /** Take the host out of the page for good (also when ctx is invalidated). */
  remove(): void;
}

export interface ShadowHostOptions {
  name: string;
  css: string;
  onMount(container: HTMLElement, shadow: ShadowRoot, host: HTMLElement): void;
  onRemove(container: HTMLElement): void;
}

export function createShadowHost(ctx: ReviewContext, opts: ShadowHostOptions): ShadowHost {
  const host = document.createElement(opts.name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // The page's inherited styles stop at the host.
  style.textContent = `:host{all:initial !important;}\n${opts.css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  // Typing in our forms must not reach the page's keyboard shortcuts.
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
  const remove = () => {
    opts.onRemove(container);
    host.remove();
    container.replaceChildren();
  };
  ctx.onInvalidated(remove);
  return {
    shadowHost: host,
    shadow,
    mount() {
      document.documentElement.append(host);
      opts.onMount(container, shadow, host);
    },
    remove,
  };
}
