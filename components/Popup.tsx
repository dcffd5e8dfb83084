/**
 * The popup: start a review of the current tab, scan the next page of the journey, see this page's
 * findings, export, stop. Everything it shows is read from IndexedDB, so closing it loses nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Review, StoredFinding, Touchpoint } from '../storage/records';
import type { ReviewBundle } from '../storage/reviews';
import { SEVERITY_COLOR, bySeverity } from './severity';
import { detectorById } from '../engine/detectors/index';
import { pick } from '../engine/i18n';

export interface PopupApi {
  /** The tab under review: id, URL and title. */
  tab: { id: number; url: string; title: string } | null;
  tabReview(tabId: number): Promise<{ reviewId: string | null; overlayBlocked: boolean }>;
  startReview(input: { site: string; task: string; reviewer: string }, tabId: number): Promise<void>;
  continueReview(reviewId: string, tabId: number): Promise<void>;
  scan(tabId: number): Promise<void>;
  stop(tabId: number): Promise<void>;
  listReviews(): Promise<Review[]>;
  bundle(reviewId: string): Promise<ReviewBundle | null>;
  exportJson(reviewId: string): Promise<void>;
  exportHtml(reviewId: string): Promise<void>;
  locale: string;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

function pageTouchpoint(bundle: ReviewBundle, url: string): Touchpoint | undefined {
  const strip = (u: string) => u.split('#')[0];
  return bundle.touchpoints.find((t) => strip(t.url) === strip(url));
}

export function Popup({ api }: { api: PopupApi }) {
  const [reviewId, setReviewId] = useState<string | null>(null);
  const [overlayBlocked, setOverlayBlocked] = useState(false);
  const [bundle, setBundle] = useState<ReviewBundle | null>(null);
  const [reviews, setReviews] = useState<Review[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [site, setSite] = useState(api.tab ? hostOf(api.tab.url) : '');
  const [task, setTask] = useState('');
  const [reviewer, setReviewer] = useState('');

  const refresh = async () => {
    if (!api.tab) return;
    const status = await api.tabReview(api.tab.id);
    const id = status.reviewId;
    setReviewId(id);
    setOverlayBlocked(status.overlayBlocked);
    setBundle(id ? await api.bundle(id) : null);
    setReviews(await api.listReviews());
  };

  useEffect(() => {
    void refresh();
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

  if (!api.tab) return <main class="popup"><p role="alert">Open a web page to review it.</p></main>;
  const tab = api.tab;
  const touchpoint = bundle ? pageTouchpoint(bundle, tab.url) : undefined;
  const findings: StoredFinding[] = bundle && touchpoint
    ? bundle.findings.filter((f) => f.touchpointId === touchpoint.id && f.status === 'open').sort(bySeverity)
    : [];

  return (
    <main class="popup">
      <h1>Trustlens</h1>
      {error && <p class="error" role="alert">{error}</p>}
      {!reviewId && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => api.startReview({ site, task, reviewer }, tab.id));
          }}
        >
          <label>Site<input name="site" value={site} onInput={(e) => setSite(e.currentTarget.value)} required /></label>
          <label>Task (optional)<input name="task" value={task} placeholder="e.g. buy a gift, then ask a question" onInput={(e) => setTask(e.currentTarget.value)} /></label>
          <label>Reviewer (optional)<input name="reviewer" value={reviewer} onInput={(e) => setReviewer(e.currentTarget.value)} /></label>
          <button type="submit" class="primary" disabled={busy}>Start review</button>
          {reviews.some((r) => r.status === 'active') && (
            <fieldset>
              <legend>Or continue a review on this page</legend>
              {reviews.filter((r) => r.status === 'active').slice(0, 5).map((r) => (
                <button type="button" key={r.id} disabled={busy} onClick={() => void act(() => api.continueReview(r.id, tab.id))}>
                  Continue “{r.site}”
                </button>
              ))}
            </fieldset>
          )}
        </form>
      )}
      {reviewId && bundle && (
        <section aria-label="Current review">
          <p class="meta">
            Reviewing <b>{bundle.review.site}</b>{bundle.review.task ? ` — ${bundle.review.task}` : ''} · {bundle.touchpoints.length} page{bundle.touchpoints.length === 1 ? '' : 's'}
          </p>
          {overlayBlocked && (
            <p class="notice" role="status" data-testid="overlay-blocked">
              This page keeps removing the Trustlens markers. The scan was saved: its findings are listed below.
            </p>
          )}
          <div class="actions">
            <button class="primary" disabled={busy} onClick={() => void act(() => api.scan(tab.id))}>Scan this page</button>
            <button disabled={busy} onClick={() => void act(() => api.exportJson(reviewId))}>Export JSON</button>
            <button disabled={busy} onClick={() => void act(() => api.exportHtml(reviewId))}>Export HTML</button>
            <button disabled={busy} onClick={() => void act(() => api.stop(tab.id))}>Stop review</button>
          </div>
          <h2>This page {touchpoint ? `(${findings.length})` : ''}</h2>
          {!touchpoint && <p class="meta">Not scanned yet.</p>}
          <ul class="findings" data-testid="popup-findings">
            {findings.map((f) => {
              const meta = detectorById(f.detector)?.meta;
              return (
                <li key={f.id}>
                  <span class="sev" style={{ background: SEVERITY_COLOR[f.severity] }}>{f.severity}</span>{' '}
                  <b>{f.title || (meta ? pick(meta.title, api.locale) : f.detector)}</b>
                  <div class="msg">{f.message}</div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </main>
  );
}

export const POPUP_CSS = `
:root { color-scheme: light dark; }
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; }
.popup { width: 360px; padding: 12px; }
h1 { font-size: 18px; margin: 0 0 8px; } h2 { font-size: 15px; margin: 12px 0 4px; }
label { display: block; margin: 6px 0; } input { display: block; width: 100%; box-sizing: border-box; padding: 4px; font: inherit; }
button { font: inherit; padding: 4px 10px; margin: 4px 4px 0 0; cursor: pointer; }
button.primary { font-weight: bold; }
button:focus-visible, input:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 1px; }
.meta { color: GrayText; } .notice { background: #fef3c7; color: #78350f; padding: 6px; } .error { background: #fee2e2; color: #7f1d1d; padding: 6px; }
.findings { list-style: none; padding: 0; margin: 0; max-height: 280px; overflow: auto; }
.findings li { padding: 6px 0; border-bottom: 1px solid #8884; }
.sev { color: #fff; border-radius: 3px; padding: 0 5px; font-size: 11px; text-transform: uppercase; }
.msg { font-size: 13px; }
fieldset { margin-top: 10px; }
`;
