/** Mounts the Preact overlay in a Shadow DOM host tied to the content script's ctx. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OVERLAY_ATTR } from '../../engine/page';
import type { AuditRun } from '../../engine/run-audit';
import type { ScanReply } from '../../storage/protocol-content';
import { Overlay, OVERLAY_CSS, type OverlayItem } from '../../components/Overlay';

export interface OverlayHandle {
  show(run: AuditRun, reply: ScanReply): void;
  remove(): void;
}

/** How often we put the overlay back when the page removes it, before we tell the reviewer instead. */
const MAX_REMOUNTS = 3;

export async function mountOverlay(ctx: ContentScriptContext, onBlocked: () => void): Promise<OverlayHandle> {
  let items: OverlayItem[] = [];
  let error: string | undefined;
  let tick = 0;
  let container: HTMLElement | null = null;

  const draw = () => {
    if (!container) return;
    render(
      <Overlay
        items={items}
        error={error}
        layoutTick={tick}
        onDismiss={(id, reason) => {
          void browser.runtime.sendMessage({ type: 'dismiss-finding', findingId: id, reason });
          items = items.map((i) => (i.id === id ? { ...i, status: 'dismissed' } : i));
          draw();
        }}
      />,
      container,
    );
  };

  const ui = await createShadowRootUi(ctx, {
    name: 'trustlens-overlay',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    css: OVERLAY_CSS,
    isolateEvents: true,
    onMount(uiContainer, _shadow, host) {
      host.setAttribute(OVERLAY_ATTR, '');
      container = uiContainer;
      draw();
      return uiContainer;
    },
    onRemove(mounted) {
      if (mounted) render(null, mounted);
      container = null;
    },
  });
  ui.mount();

  // A page may remove nodes it did not create: put the overlay back a few times, then say so.
  let removed = false;
  let remounts = 0;
  const guard = new MutationObserver(() => {
    if (removed || ui.shadowHost.isConnected) return;
    if (remounts >= MAX_REMOUNTS) {
      guard.disconnect();
      onBlocked();
      return;
    }
    remounts++;
    ctx.setTimeout(() => {
      if (!removed && !ui.shadowHost.isConnected) ui.mount();
    }, 50 * remounts);
  });
  guard.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => guard.disconnect());

  let pending = false;
  const relayout = () => {
    if (pending) return;
    pending = true;
    ctx.requestAnimationFrame(() => {
      pending = false;
      tick++;
      draw();
    });
  };
  ctx.addEventListener(window, 'resize', relayout, { passive: true });
  ctx.addEventListener(window, 'scroll', relayout, { passive: true, capture: true });
  if (typeof ResizeObserver !== 'undefined') {
    const ro = new ResizeObserver(relayout);
    ro.observe(document.documentElement);
    ctx.onInvalidated(() => ro.disconnect());
  }

  return {
    show(run, reply) {
      error = reply.ok ? undefined : reply.error;
      const elBySelector = new Map<string, Element>();
      run.result.findings.forEach((f, i) => {
        const el = run.elements[i];
        if (f.selector && el) elBySelector.set(f.selector, el);
      });
      const stored = reply.ok
        ? reply.findings
        : // Not saved: show what the scan found; titles and texts come with a successful save.
          run.result.findings.map((f, i) => ({ ...f, id: `local-${i}`, status: 'open' as const, title: '', why: '', fix: '' }));
      items = stored.map((f) => {
        let el: Element | null = f.selector ? elBySelector.get(f.selector) ?? null : null;
        if (!el && f.selector) {
          try {
            el = document.querySelector(f.selector);
          } catch {
            el = null;
          }
        }
        return {
          id: f.id,
          el,
          severity: f.severity,
          category: f.category,
          title: f.title || f.detector.replace(/-/g, ' '),
          message: f.message,
          why: f.why ?? '',
          fix: f.fix ?? '',
          status: f.status,
        };
      });
      draw();
    },
    remove() {
      removed = true;
      guard.disconnect();
      ui.remove();
    },
  };
}
