import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, POPUP_CSS, type PopupApi } from '../../components/Popup';
import { downloadText, fileSafe } from '../../components/download';
import { getReviewBundle, listReviews, startReview } from '../../storage/reviews';
import { buildExport } from '../../storage/export';
import { modelFromBundle } from '../../report/model';
import { renderReportHtml } from '../../report/html';
import { Ack, TabStatus } from '../../storage/protocol';
import '../../storage/zod-config';

async function send(message: unknown): Promise<void> {
  const reply = Ack.safeParse(await browser.runtime.sendMessage(message));
  if (!reply.success) throw new Error('The extension did not answer; reload the page and try again.');
  if (!reply.data.ok) throw new Error(reply.data.error);
}

async function currentTab(): Promise<PopupApi['tab']> {
  // Tests and the review page open the popup as a tab with ?tab=<id>.
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param ? await browser.tabs.get(Number(param)) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' } : null;
}

async function main() {
  const style = document.createElement('style');
  style.textContent = POPUP_CSS;
  document.head.append(style);
  const locale = browser.i18n.getUILanguage();
  const api: PopupApi = {
    tab: await currentTab(),
    locale,
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
    stop: (tabId) => send({ type: 'stop-review', tabId }),
    listReviews: () => listReviews(),
    bundle: (id) => getReviewBundle(id),
    exportJson: async (id) => {
      const bundle = await getReviewBundle(id);
      if (!bundle) throw new Error('This review no longer exists.');
      downloadText(`trustlens-${fileSafe(bundle.review.site)}.json`, JSON.stringify(buildExport(bundle), null, 2), 'application/json');
    },
    exportHtml: async (id) => {
      const bundle = await getReviewBundle(id);
      if (!bundle) throw new Error('This review no longer exists.');
      downloadText(`trustlens-${fileSafe(bundle.review.site)}.html`, renderReportHtml(modelFromBundle(bundle, locale)), 'text/html');
    },
  };
  render(<Popup api={api} />, document.getElementById('app')!);
}

void main();
