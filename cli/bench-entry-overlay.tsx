/**
 * Bench-only bundle (never shipped): mounts the real components/Overlay.tsx in a Shadow DOM host the way
 * entrypoints/review.content/overlay.tsx does, with one item per target element, and measures
 *  - the time from render() until the next frame has been produced (rAF, then a message-channel task), and
 *  - whether layout is read in one batch: every getBoundingClientRect call is wrapped; a MutationObserver on
 *    the document and the shadow root records every DOM/attribute/style write (element.style.x = … shows up as
 *    a `style` attribute mutation). A read that finds pending mutation records since the previous read is a
 *    read after a write, i.e. a forced synchronous layout. One batch = exactly one such read (the first).
 */
import { h, render } from 'preact';
import { Overlay, type OverlayItem } from '../components/Overlay';
import { OVERLAY_CSS } from '../components/overlay-css';
import { OVERLAY_STRINGS } from '../components/overlay-strings';
import type { Severity } from '../engine/result';

const SEVERITIES: Severity[] = ['critical', 'serious', 'moderate', 'minor'];

function afterNextFrame(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve();
      ch.port2.postMessage(0);
    }),
  );
}

interface LayoutProbe { reads: number; forcedReads: number; batches: number }

function instrument(roots: Node[]): { probe: LayoutProbe; stop: () => void } {
  const mo = new MutationObserver(() => {});
  for (const r of roots) mo.observe(r, { subtree: true, childList: true, attributes: true, characterData: true });
  mo.takeRecords();
  const probe: LayoutProbe = { reads: 0, forcedReads: 0, batches: 0 };
  const orig = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const pending = mo.takeRecords().length > 0;
    if (pending) {
      probe.forcedReads++;
      probe.batches++;
    }
    probe.reads++;
    return orig.call(this);
  };
  return {
    probe,
    stop: () => {
      Element.prototype.getBoundingClientRect = orig;
      mo.disconnect();
    },
  };
}

async function draw(selector: string, n: number) {
  const targets = [...document.querySelectorAll(selector)].slice(0, n);
  const items: OverlayItem[] = targets.map((el, i) => ({
    id: `f${i}`,
    el,
    severity: SEVERITIES[i % 4]!,
    category: 'contact',
    title: `Finding number ${i}`,
    message: 'The page asks for a phone number without saying why it is needed.',
    why: 'Unexplained requests for personal data lower trust.',
    fix: 'Say what the number is used for, or make it optional.',
    status: 'open',
  }));
  const host = document.createElement('trustlens-overlay');
  host.setAttribute('data-trustlens-overlay', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.documentElement.append(host);
  await afterNextFrame();

  const first = instrument([document, shadow]);
  let t0 = performance.now();
  render(h(Overlay, { strings: OVERLAY_STRINGS, items, layoutTick: 0 }), container);
  const syncMs = performance.now() - t0;
  await afterNextFrame();
  const drawMs = performance.now() - t0;
  first.stop();
  const markers = shadow.querySelectorAll('.tl-marker').length;

  // A relayout (what a scroll/resize does): bump layoutTick.
  const second = instrument([document, shadow]);
  t0 = performance.now();
  render(h(Overlay, { strings: OVERLAY_STRINGS, items, layoutTick: 1 }), container);
  await afterNextFrame();
  const relayoutMs = performance.now() - t0;
  second.stop();

  return { items: items.length, markers, syncMs, drawMs, relayoutMs, layout: first.probe, relayoutLayout: second.probe };
}

(globalThis as unknown as { __trustlensOverlayBench: unknown }).__trustlensOverlayBench = { draw };
