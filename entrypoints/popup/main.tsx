import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, POPUP_CSS, type PopupApi, type PopupInitial, type TabReview } from '../../components/Popup';
import { readLocaleChoice, useUiLocale } from '../../components/ui-locale';
import { listReviews, startReview } from '../../storage/reviews';
import { openFindingCount, pageFindings } from '../../storage/manual';
import { Ack } from '../../storage/protocol';
import { isOverlayBlocked, reviewOfTab } from '../../storage/sessions';
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

/**
 * The tab's review session, read where the background keeps it (browser.storage.session, validated there)
 * rather than asked of the background: no round trip through the service worker, nor waking it, before the
 * popup can show anything.
 */
async function tabReview(tabId: number): Promise<TabReview> {
  const [reviewId, overlayBlocked] = await Promise.all([reviewOfTab(tabId), isOverlayBlocked(tabId)]);
  return { reviewId, overlayBlocked };
}

type BaseApi = Omit<PopupApi, 'locale' | 'chosenLocale' | 't' | 'setLocale'>;

async function main() {
  const style = document.createElement('style');
  style.textContent = POPUP_CSS;
  document.head.append(style);
  let locale = 'en';
  // Everything the first render shows, read at once: the tab, the language choice, the tab's review and
  // this page's findings (the last two as soon as the tab is known). A failed read leaves it to the popup.
  const tabRead = currentTab();
  const choiceRead = readLocaleChoice();
  const statusRead = tabRead.then((tab) => (tab ? tabReview(tab.id) : null)).catch(() => null);
  const summaryRead = Promise.all([tabRead, statusRead])
    .then(([tab, status]) => (tab && status?.reviewId ? pageFindings(status.reviewId, tab.url) : undefined))
    .catch(() => undefined);
  const [tab, initialChoice, status, summary] = await Promise.all([tabRead, choiceRead, statusRead, summaryRead]);
  const first: PopupInitial = { status, summary };
  const api: BaseApi = {
    tab,
    tabReview,
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
    summary: (id, url) => pageFindings(id, url),
    openCount: (touchpointId) => openFindingCount(touchpointId),
    // Exporters load on first use (./exports.ts says why).
    exportJson: async (id) => (await import('./exports')).exportJson(id),
    exportHtml: async (id) => (await import('./exports')).exportHtml(id, locale),
    openReviewPage: async (reviewId) => {
      await browser.tabs.create({ url: browser.runtime.getURL('/reviews.html') + (reviewId ? `#review=${encodeURIComponent(reviewId)}` : '') });
      if (!tabParam) window.close();
    },
  };
  function Root() {
    const ui = useUiLocale(initialChoice);
    locale = ui.locale;
    return <Popup api={{ ...api, locale: ui.locale, chosenLocale: ui.chosen, t: ui.t, setLocale: ui.setLocale }} initial={first} />;
  }
  render(<Root />, document.getElementById('app')!);
}

void main();
