/** @jsxRuntime classic */
/** @jsx h */
// Classic JSX (h from preact): the content script then ships no preact/jsx-runtime.
/** Mounts the Preact overlay in a Shadow DOM host tied to the content script's ctx. */
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ReviewContext } from './context';
import { OVERLAY_ATTR } from '../../engine/page';
import type { AuditRun } from '../../engine/run-audit';
import { Ack, PanelStrings, type ScanReply } from '../../storage/protocol-content';
import { Overlay, type OverlayItem } from '../../components/Overlay';
import type { OverlayStrings } from '../../components/overlay-strings';
import { PICKER_GLOBAL, type DraftForm, type Picked, type PickerApi } from '../picker.content/api';
import { createShadowHost } from './shadow-host';

export interface OverlayHandle {
  show(run: AuditRun, reply: ScanReply): void;
  /** Starts the element picker (at `start` when given: the element last right-clicked). */
  pick(start?: Element | null): void;
  /** The "next finding" shortcut. */
  next(): void;
  remove(): void;
}

/** The panel's texts in the browser's language and its style sheet. */
export interface Panel {
  strings: OverlayStrings;
  css: string;
}

/** The panel's texts and style sheet, from the background (this script carries neither). */
export async function panelStrings(): Promise<Panel> {
  const { strings, css } = PanelStrings.parse(await browser.runtime.sendMessage({ type: 'panel-strings' }));
  return { strings: strings as OverlayStrings, css };
}

/**
 * The picker script's functions (entrypoints/picker.content): the element picker and the finding form are
 * not part of this script; the background injects them into this isolated world when first asked.
 */
async function loadPicker(): Promise<PickerApi> {
  const g = globalThis as unknown as Record<string, PickerApi | undefined>;
  if (!g[PICKER_GLOBAL]) {
    const reply = Ack.parse(await browser.runtime.sendMessage({ type: 'load-picker' }));
    if (!reply.ok) throw new Error(reply.error);
  }
  const api = g[PICKER_GLOBAL];
  if (!api) throw new Error('The element picker could not be loaded.');
  return api;
}

/** How often we put the overlay back when the page removes it, before we tell the reviewer instead. */
const MAX_REMOUNTS = 3;

export function mountOverlay(ctx: ReviewContext, { strings, css }: Panel, onBlocked: () => void): OverlayHandle {
  let items: OverlayItem[] = [];
  let error: string | undefined;
  /** A note for the reviewer after an action (a finding saved without its screenshot). */
  let notice: string | undefined;
  let tick = 0;
  let container: HTMLElement | null = null;
  let shadowRoot: ShadowRoot | null = null;
  /** The picked element's finding form (filled into the panel by the picker script), while there is one. */
  let draftForm: ((slot: HTMLElement) => () => void) | null = null;
  let picker: Promise<PickerApi> | null = null;
  let removed = false;
  let stopPicker: (() => void) | null = null;
  let nextTick = 0;

  const setStatus = (id: string, status: OverlayItem['status'], dismissReason = '') => {
    items = items.map((i) => (i.id === id ? { ...i, status, dismissReason } : i));
    draw();
  };

  const pick = async (start?: Element | null) => {
    if (!shadowRoot) return;
    stopPicker?.();
    stopPicker = null;
    draftForm = null;
    draw();
    let api: PickerApi;
    try {
      api = await (picker ??= loadPicker().catch((e: unknown) => {
        picker = null;
        throw e;
      }));
    } catch (e) {
      notice = e instanceof Error ? e.message : String(e);
      draw();
      return;
    }
    if (removed || ctx.isInvalid || !shadowRoot) return; // stopped while the script loaded
    (stopPicker as (() => void) | null)?.(); // another request came while the script loaded: one picker
    stopPicker = api.startPicker({
      host: ui.shadowHost,
      layer: shadowRoot,
      signal: ctx.signal,
      help: strings.pickHelp,
      start,
      onPick: (picked) => {
        stopPicker = null;
        draftForm = (slot) =>
          api.mountFindingForm(slot, {
            strings,
            draft: picked,
            onSave: (form) => saveDraft(api, picked, form),
            onCancel: () => {
              draftForm = null;
              draw();
            },
          });
        draw();
      },
      onCancel: () => {
        stopPicker = null;
      },
    });
  };

  /** Saves the picked element's finding (the picker script hides the overlay while the background takes the screenshot). */
  const saveDraft = async (api: PickerApi, picked: Picked, form: DraftForm): Promise<string | void> => {
    const reply = await api.saveFinding(picked, form, ui.shadowHost);
    if (!reply.ok) return reply.error;
    notice = form.capture !== 'none' && !reply.screenshot ? strings.shotFailed.replace('$1', reply.screenshotError ?? '') : undefined;
    const f = reply.finding;
    items = [...items, { id: f.id, el: picked.el, severity: f.severity, category: f.category, title: f.title, message: f.message, why: '', fix: '', status: f.status }];
    draftForm = null;
    tick++;
    draw();
  };

  const draw = () => {
    if (!container) return;
    render(
      <Overlay
        strings={strings}
        items={items}
        error={error}
        notice={notice}
        layoutTick={tick}
        nextTick={nextTick}
        onDismiss={(id, reason) => {
          void browser.runtime.sendMessage({ type: 'dismiss-finding', findingId: id, reason });
          setStatus(id, 'dismissed', reason);
        }}
        onRestore={(id) => {
          void browser.runtime.sendMessage({ type: 'restore-finding', findingId: id });
          setStatus(id, 'open');
        }}
        onPick={() => void pick()}
        draftForm={draftForm}
      />,
      container,
    );
  };

  const ui = createShadowHost(ctx, {
    name: 'trustlens-overlay',
    css,
    onMount(uiContainer, shadow, host) {
      host.setAttribute(OVERLAY_ATTR, '');
      container = uiContainer;
      shadowRoot = shadow;
      draw();
    },
    onRemove(mounted) {
      render(null, mounted);
      container = null;
    },
  });
  ui.mount();

  // A page may remove nodes it did not create: put the overlay back a few times, then say so.
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
    pick(start) {
      void pick(start);
    },
    next() {
      nextTick++;
      draw();
    },
    remove() {
      removed = true;
      stopPicker?.();
      guard.disconnect();
      ui.remove();
    },
  };
}
