import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, POPUP_CSS, type PopupApi } from '../../components/Popup';
import { readLocaleChoice, useUiLocale } from '../../components/ui-locale';
import type { UiLocale } from '../../components/i18n';
import { listReviews, startReview } from '../../storage/reviews';
import { pageSummary } from '../../storage/manual';
import { Ack, TabStatus } from '../../storage/protocol';
import '../../storage/zod-config';

async function send(message: unknown): Promise<void> {
  const reply = Ack.safeParse(await browser.runtime.sendMessage(message));
  if (!reply.success) throw new Error('The extension did not answer; reload the page and try again.');
  if (!reply.data.ok) throw new Error(reply.data.error);
}

// Tests open the popup as a tab with ?tab=<id>; then it must not close itself.
const tabParam = new URLSearchParams(location.search).get('tab');

async function currentTab(): Promise<PopupApi['tab']> {
  const tab = tabParam ? await browser.tabs.get(Number(tabParam)) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' } : null;
}

type BaseApi = Omit<PopupApi, 'locale' | 'chosenLocale' | 't' | 'setLocale'>;

async function main() {
  const style = document.createElement('style');
  style.textContent = POPUP_CSS;
  document.head.append(style);
  let locale = 'en';
  const api: BaseApi = {
    tab: await currentTab(),
    tabReview: async (tabId) => {
      const status = TabStatus.safeParse(await browser.runtime.sendMessage({ type: 'tab-status', tabId }));
      return status.success ? status.data : { reviewId: null, overlayBlocked: false };
    },
    startReview: async (input, tabId) => {
      const review = await startReview(input);
      await send({ type: 'start-review', tabId, reviewId: review.id });
    },
    continueReview: (reviewId, tabId) => send({ type: 'start-review', tabId, reviewId }),
    scan: (tabId) => send({ type: 'scan-tab', tabId }),
    pickElement: async (tabId) => {
      await send({ type: 'pick-element', tabId });
      if (!tabParam) window.close();
    },
    stop: (tabId) => send({ type: 'stop-review', tabId }),
    listReviews: () => listReviews(),
    summary: (id, url) => pageSummary(id, url),
    // Exporters load on first use (./exports.ts says why).
    exportJson: async (id) => (await import('./exports')).exportJson(id),
    exportHtml: async (id) => (await import('./exports')).exportHtml(id, locale),
    openReviewPage: async (reviewId) => {
      await browser.tabs.create({ url: browser.runtime.getURL('/reviews.html') + (reviewId ? `#review=${encodeURIComponent(reviewId)}` : '') });
      if (!tabParam) window.close();
    },
  };
  const initial: UiLocale | null = await readLocaleChoice();
  function Root() {
    const ui = useUiLocale(initial);
    locale = ui.locale;
    return <Popup api={{ ...api, locale: ui.locale, chosenLocale: ui.chosen, t: ui.t, setLocale: ui.setLocale }} />;
  }
  render(<Root />, document.getElementById('app')!);
}

void main();
