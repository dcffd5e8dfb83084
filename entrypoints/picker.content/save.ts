/** Saving a manual finding: the background stores it and takes the screenshot the reviewer asked for. */
import { browser } from 'wxt/browser';
import { ManualReply } from '../../storage/protocol-content';
import type { DraftForm } from './form';
import type { Picked } from './picker';

function nextFrame(): Promise<void> {
  return new Promise((ok) => requestAnimationFrame(() => ok()));
}

/** The overlay (`host`) is hidden while the background captures the tab, so the screenshot shows the page. */
export async function saveFinding(picked: Picked, form: DraftForm, host: HTMLElement): Promise<ManualReply> {
  const { el, selector, snippet } = picked;
  if (form.capture === 'element' && el.isConnected) el.scrollIntoView({ block: 'center', inline: 'nearest' });
  if (form.capture !== 'none') {
    host.style.visibility = 'hidden';
    await nextFrame();
    await nextFrame();
  }
  const r = el.isConnected ? el.getBoundingClientRect() : null;
  try {
    return ManualReply.parse(
      await browser.runtime.sendMessage({
        type: 'manual-finding',
        finding: { title: form.title, note: form.note, category: form.category, severity: form.severity, tags: form.tags, selector, snippet },
        capture: form.capture,
        rect: r ? { x: r.left, y: r.top, width: r.width, height: r.height } : null,
        viewport: { width: window.innerWidth, height: window.innerHeight },
        page: { url: location.href, title: document.title, lang: document.documentElement.lang || '' },
      }),
    );
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  } finally {
    host.style.visibility = '';
  }
}
