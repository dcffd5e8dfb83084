/**
 * The on-page part of a review, injected only when the reviewer starts or continues a review
 * (registration: 'runtime'). It audits the page, hands the result to the background to be saved,
 * and marks the findings in a Shadow DOM overlay. Everything it adds is tied to `ctx`.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runAuditRemote } from '../../engine/run-audit-remote';
import { watchCountdowns } from '../../engine/text/countdown';
import { OVERLAY_ATTR } from '../../engine/page';
import { ScanReply, ServiceAnswers, ToContent } from '../../storage/protocol-content';
import { mountOverlay, panelStrings, type OverlayHandle } from './overlay';
import { PICKER_GLOBAL } from '../picker.content/api';
import type { ReviewContext } from './context';

type Instance = { rescan: () => Promise<void>; stop: () => void };
const KEY = '__trustlensReview';

function closedShadowRootOf(): ((el: Element) => ShadowRoot | null) | undefined {
  const api = (globalThis as unknown as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } } }).chrome?.dom;
  return api?.openOrClosedShadowRoot ? (el) => api.openOrClosedShadowRoot!(el as HTMLElement) : undefined;
}

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  async main(wxtContext) {
    // At run time this is ./context.ts's class (wxt.config.ts): use only what it has.
    const ctx: ReviewContext = wxtContext;
    const g = globalThis as unknown as Record<string, Instance | undefined>;
    const existing = g[KEY];
    if (existing) {
      await existing.rescan();
      return;
    }
    let overlay: OverlayHandle | null = null;
    let firstScan: Promise<void> | null = null;
    // The element last right-clicked: "Add trust finding here" starts the picker on it.
    let contextTarget: Element | null = null;
    ctx.addEventListener(window, 'contextmenu', (e) => {
      const t = e.composedPath()[0];
      contextTarget = t instanceof Element ? t : null;
    }, { capture: true, passive: true });

    let scans = 0; // a newer scan supersedes an older one's late countdown evidence
    const rescan = async () => {
      const scan = ++scans;
      // Pressure, jargon and readability questions are answered by the background (engine/services.ts).
      const run = await runAuditRemote(
        document,
        { url: location.href, shadowRootOf: closedShadowRootOf(), locale: browser.i18n?.getUILanguage?.() ?? 'en' },
        async (queries) => ServiceAnswers.parse(await browser.runtime.sendMessage({ type: 'text-services', queries })).answers,
      );
      if (ctx.isInvalid) return;
      const save = async (): Promise<ScanReply> => {
        try {
          return ScanReply.parse(await browser.runtime.sendMessage({ type: 'scan-result', result: run.result }));
        } catch (error) {
          return { ok: false, error: error instanceof Error ? error.message : String(error) };
        }
      };
      const reply = await save();
      if (ctx.isInvalid) return;
      if (!overlay) {
        const panel = await panelStrings();
        if (ctx.isInvalid) return; // stopped meanwhile: mount nothing
        overlay ??= mountOverlay(ctx, panel, () => void browser.runtime.sendMessage({ type: 'overlay-blocked' }));
      }
      overlay.show(run, reply);
      // A countdown is confirmed by watching it: does its time change on its own? (evidence.ticking) The
      // findings are shown and saved first, and the scan counts as done (the popup and the picker wait for it),
      // so the reviewer does not wait the 1.1 s; the save that follows only adds the evidence (a rescan's merge
      // keeps the finding's id, status and any edit).
      const timers = run.result.findings.flatMap((f, i) => (f.detector === 'countdown-timer' && run.elements[i] ? [{ f, el: run.elements[i]! }] : []));
      if (timers.length === 0) return;
      void (async () => {
        const ticking = new Set(await watchCountdowns(timers.map((t) => t.el), 1100));
        if (ctx.isInvalid || scan !== scans) return;
        for (const t of timers) t.f.evidence = { ...t.f.evidence, ticking: ticking.has(t.el) };
        // Saved again even when the first save failed: a scan kept in memory for a full disk is replaced by this one.
        const withEvidence = await save();
        if (ctx.isInvalid || scan !== scans) return;
        if (withEvidence.ok || !reply.ok) overlay?.show(run, withEvidence);
      })();
    };

    const stop = () => {
      overlay?.remove();
      overlay = null;
      delete g[KEY];
      delete g[PICKER_GLOBAL];
      ctx.abort('review stopped');
    };

    g[KEY] = { rescan, stop };
    ctx.onInvalidated(() => {
      overlay?.remove();
      delete g[KEY];
      // The picker script's functions too: the next review (perhaps of an updated extension) loads them afresh.
      delete g[PICKER_GLOBAL];
    });

    const onMessage = (raw: unknown) => {
      const msg = ToContent.safeParse(raw);
      if (!msg.success) return undefined;
      if (msg.data.type === 'stop') stop();
      else if (msg.data.type === 'rescan') void rescan();
      else if (msg.data.type === 'pick') {
        const at = msg.data.atContextTarget ? contextTarget : null;
        void firstScan?.then(() => overlay?.pick(at));
      } else if (msg.data.type === 'next-finding') overlay?.next();
      return Promise.resolve({ ok: true, overlay: document.querySelector(`[${OVERLAY_ATTR}]`) !== null });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    firstScan = rescan();
    await firstScan;
  },
});
