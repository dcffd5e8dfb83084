/**
 * The popup: start a review of the current tab, scan the next page of the journey, add a finding of
 * your own (element picker), see this page's findings, open the full review, export, stop.
 * Everything it shows is read from IndexedDB, so closing it loses nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Review } from '../storage/records';
import type { PageFindings } from '../storage/manual';
import { SEVERITY_COLOR } from './severity';
import { useLive } from './use-live';
import { detectorTitle } from './detector-titles';
import type { T, UiLocale } from './i18n';
import { LanguageSelect } from './LanguageSelect';
import { BASE_CSS } from './theme';

export interface TabReview {
  reviewId: string | null;
  overlayBlocked: boolean;
}

export interface PopupApi {
  /** The tab under review: id, URL and title. */
  tab: { id: number; url: string; title: string } | null;
  tabReview(tabId: number): Promise<TabReview>;
  startReview(input: { site: string; task: string; reviewer: string }, tabId: number): Promise<void>;
  continueReview(reviewId: string, tabId: number): Promise<void>;
  scan(tabId: number): Promise<void>;
  /** Starts the element picker on the page (the popup then closes so the page can be clicked). */
  pickElement(tabId: number): Promise<void>;
  stop(tabId: number): Promise<void>;
  listReviews(): Promise<Review[]>;
  /**
   * The review and this page's first open findings (read in a live query: re-read only when the data
   * changes). Its openCount is null when the page has more: then openCount() counts them, after they show.
   */
  summary(reviewId: string, url: string): Promise<PageFindings | null>;
  openCount(touchpointId: string): Promise<number>;
  exportJson(reviewId: string): Promise<void>;
  exportHtml(reviewId: string): Promise<void>;
  /** Opens the full review page (all reviews; this one selected when given). */
  openReviewPage(reviewId: string | null): Promise<void>;
  locale: UiLocale;
  /** The reviewer's explicit choice (null: follow the browser). */
  chosenLocale: UiLocale | null;
  t: T;
  setLocale(locale: UiLocale | null): void;
}

/**
 * What main.tsx read before the first render, so that render already shows the review and its findings
 * instead of waiting for its own effects (a frame each) and queries.
 */
export interface PopupInitial {
  /** The tab's review session; null when it could not be read (the popup then polls as usual). */
  status: TabReview | null;
  /** api.summary(status.reviewId, tab.url), when there is a review; undefined when not read. */
  summary?: PageFindings | null;
}

/** A live query's value; until it first answers, `seed` when it was read for the same deps. */
function useLiveSeeded<V>(seed: { deps: readonly unknown[]; value: V } | undefined, query: () => Promise<V>, deps: readonly unknown[]): V | undefined {
  const live = useLive(query, deps);
  if (live !== undefined) return live;
  return seed && seed.deps.length === deps.length && seed.deps.every((d, i) => Object.is(d, deps[i])) ? seed.value : undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

export function Popup({ api, initial }: { api: PopupApi; initial?: PopupInitial }) {
  const { t } = api;
  const [reviewId, setReviewId] = useState<string | null>(initial?.status?.reviewId ?? null);
  const [overlayBlocked, setOverlayBlocked] = useState(initial?.status?.overlayBlocked ?? false);
  // Other reviews are offered only while this tab has none.
  const reviews = useLive(async () => (reviewId ? null : api.listReviews()), [reviewId]) ?? [];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [site, setSite] = useState(api.tab ? hostOf(api.tab.url) : '');
  const [task, setTask] = useState('');
  const [reviewer, setReviewer] = useState('');

  // The tab's session is kept by the background in storage.session (polled, cheap); the review's data comes from a live query.
  const refresh = async () => {
    if (!api.tab) return;
    const status = await api.tabReview(api.tab.id);
    setReviewId(status.reviewId);
    setOverlayBlocked(status.overlayBlocked);
  };
  const tabUrl = api.tab?.url ?? '';
  const seed = initial?.status?.reviewId && initial.summary !== undefined ? { deps: [initial.status.reviewId, tabUrl], value: initial.summary } : undefined;
  const summary = useLiveSeeded(seed, async () => (reviewId ? api.summary(reviewId, tabUrl) : null), [reviewId, tabUrl]) ?? null;
  // A page with more open findings than the popup lists is counted after the list shows (the count walks them all).
  const touchpointId = summary?.touchpoint?.id ?? null;
  const countLater = !!touchpointId && summary?.openCount === null;
  const counted = useLive(async () => (touchpointId && countLater ? { touchpointId, n: await api.openCount(touchpointId) } : null), [touchpointId, countLater]);
  const openCount = summary?.openCount ?? (counted && counted.touchpointId === touchpointId ? counted.n : null);

  useEffect(() => {
    if (!initial?.status) void refresh();
    const timer = setInterval(() => void refresh(), 1000);
    return () => clearInterval(timer);
  }, []);

  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await fn();
      await refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const header = (
    <header class="bar">
      <h1>Trustlens</h1>
      <LanguageSelect chosen={api.chosenLocale} t={t} onChange={api.setLocale} />
    </header>
  );

  if (!api.tab) {
    return (
      <main class="popup">
        {header}
        <p role="alert">{t('popupNoTab')}</p>
        <button type="button" onClick={() => void api.openReviewPage(null)}>{t('openFullReview')}</button>
      </main>
    );
  }
  const tab = api.tab;
  const touchpoint = summary?.touchpoint ?? null;
  const findings = summary?.findings ?? [];
  const pages = summary?.touchpointCount ?? 0;

  return (
    <main class="popup">
      {header}
      {error && <p class="error" role="alert">{error}</p>}
      {!reviewId && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => api.startReview({ site, task, reviewer }, tab.id));
          }}
        >
          <label>{t('fieldSite')}<input name="site" value={site} onInput={(e) => setSite(e.currentTarget.value)} required /></label>
          <label>{t('fieldTaskOptional')}<input name="task" value={task} placeholder={t('taskPlaceholder')} onInput={(e) => setTask(e.currentTarget.value)} /></label>
          <label>{t('fieldReviewerOptional')}<input name="reviewer" value={reviewer} onInput={(e) => setReviewer(e.currentTarget.value)} /></label>
          <button type="submit" class="primary" disabled={busy}>{t('startReview')}</button>
          {reviews.some((r) => r.status === 'active') && (
            <fieldset>
              <legend>{t('continueLegend')}</legend>
              {reviews.filter((r) => r.status === 'active').slice(0, 5).map((r) => (
                <button type="button" key={r.id} disabled={busy} onClick={() => void act(() => api.continueReview(r.id, tab.id))}>
                  {t('continueReview', [r.site])}
                </button>
              ))}
            </fieldset>
          )}
        </form>
      )}
      {reviewId && summary && (
        <section aria-label={t('currentReview')}>
          <p class="meta">
            {t('reviewing')} <b>{summary.review.site}</b>{summary.review.task ? ` — ${summary.review.task}` : ''} · {t('pageCount', [pages], pages)}
          </p>
          {overlayBlocked && (
            <p class="notice" role="status" data-testid="overlay-blocked">{t('overlayBlocked')}</p>
          )}
          <div class="actions">
            <button class="primary" disabled={busy} onClick={() => void act(() => api.scan(tab.id))}>{t('scanPage')}</button>
            <button disabled={busy} data-testid="pick-element" onClick={() => void act(() => api.pickElement(tab.id))}>{t('addFinding')}</button>
            <button disabled={busy} onClick={() => void act(() => api.exportJson(reviewId))}>{t('exportJson')}</button>
            <button disabled={busy} onClick={() => void act(() => api.exportHtml(reviewId))}>{t('exportHtml')}</button>
            <button disabled={busy} onClick={() => void act(() => api.stop(tab.id))}>{t('stopReview')}</button>
          </div>
          <h2>{t('thisPage')} {touchpoint && openCount !== null ? `(${openCount})` : ''}</h2>
          {!touchpoint && <p class="meta">{t('notScanned')}</p>}
          <ul class="findings" data-testid="popup-findings">
            {findings.map((f) => (
              <li key={f.id}>
                <span class="sev" style={{ background: SEVERITY_COLOR[f.severity] }}>{f.severity}</span>{' '}
                <b>{f.title || (detectorTitle(f.detector, api.locale) ?? f.detector)}</b>
                <div class="msg">{f.message}</div>
              </li>
            ))}
          </ul>
          {openCount !== null && openCount > findings.length && <p class="meta">{t('moreInFullReview', [openCount - findings.length])}</p>}
        </section>
      )}
      <p class="foot">
        <button type="button" onClick={() => void api.openReviewPage(reviewId)}>{t('openFullReview')}</button>
      </p>
    </main>
  );
}

export const POPUP_CSS = `${BASE_CSS}
.popup { width: 360px; padding: 12px; }
.bar { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 8px; }
.bar h1 { margin: 0; }
label { display: block; margin: 6px 0; } input { display: block; width: 100%; box-sizing: border-box; }
.findings { list-style: none; padding: 0; margin: 0; max-height: 280px; overflow: auto; }
.findings li { padding: 6px 0; border-bottom: 1px solid var(--line); }
.msg { font-size: 13px; }
fieldset { margin-top: 10px; }
.foot { margin: 12px 0 0; }
`;
