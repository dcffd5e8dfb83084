/**
 * The full review page (an unlisted extension page): every review; one review's header (editable verdict),
 * its touchpoints in journey order (add off-site ones by hand), and its findings with filters, sorting,
 * editing, dismiss/restore and delete with Undo. It reads IndexedDB through live queries, so a scan saved
 * from another tab shows up at once. The findings list is windowed: 10,000 findings stay responsive.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Category, Severity } from '../engine/result';
import { detectorById } from '../engine/detectors/index';
import { pick } from '../engine/i18n';
import { db } from '../storage/db';
import type { Review, Screenshot, StoredFinding, Touchpoint } from '../storage/records';
import { dismissFinding, getReviewBundle, listReviews, restoreFinding, updateFinding, type ReviewBundle } from '../storage/reviews';
import {
  addManualFinding,
  addOffsiteTouchpoint,
  deleteFindings,
  deleteReviewWithUndo,
  deleteTouchpoint,
  restoreSnapshot,
  screenshotsOfReview,
  updateReview,
  type OffsiteChannel,
  type Snapshot,
} from '../storage/manual';
import { parseTags } from './tags';
import { filterFindings, NO_FILTER, sortFindings, SORT_KEYS, type FindingFilter, type SortKey } from './findings-view';
import type { MessageKey, T, UiLocale } from './i18n';
import { LanguageSelect } from './LanguageSelect';
import { SEVERITY_COLOR } from './severity';
import { BASE_CSS } from './theme';
import { useLive } from './use-live';
import { VirtualList } from './VirtualList';
import { compareAndSave, exportAs, importFile, reviewScore, type ExportFormat } from './review-actions';

const CATEGORIES = ['contact', 'forms', 'checkout', 'transparency', 'pressure', 'consistency'] as const satisfies readonly Category[];
const SEVERITIES = ['critical', 'serious', 'moderate', 'minor'] as const satisfies readonly Severity[];
const CHANNELS = ['phone', 'email', 'chat', 'other'] as const satisfies readonly OffsiteChannel[];
const ROW = 56;

const CAT_KEY: Record<Category, MessageKey> = {
  contact: 'catContact', forms: 'catForms', checkout: 'catCheckout', transparency: 'catTransparency', pressure: 'catPressure', consistency: 'catConsistency',
};
const SEV_KEY: Record<Severity, MessageKey> = { critical: 'sevCritical', serious: 'sevSerious', moderate: 'sevModerate', minor: 'sevMinor' };
const CHANNEL_KEY: Record<Touchpoint['channel'], MessageKey> = { web: 'channelWeb', phone: 'channelPhone', email: 'channelEmail', chat: 'channelChat', other: 'channelOther' };
const SORT_KEY: Record<SortKey, MessageKey> = { severity: 'sortSeverity', journey: 'sortJourney', category: 'sortCategory', updated: 'sortUpdated', title: 'sortTitle' };

export interface ReviewPageProps {
  locale: UiLocale;
  chosenLocale: UiLocale | null;
  t: T;
  setLocale: (l: UiLocale | null) => void;
  /** Review selected at start (from the URL). */
  initialReviewId: string | null;
  onSelectReview?: (id: string | null) => void;
}

interface Toast {
  text: string;
  undo?: Snapshot;
}

function fmtDate(iso: string | null, locale: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

export function findingTitle(f: StoredFinding, locale: string): string {
  if (f.title) return f.title;
  const meta = detectorById(f.detector)?.meta;
  return meta ? pick(meta.title, locale) : f.detector;
}

/** Object URLs for screenshot Blobs, revoked when the set changes or the page unmounts. */
function useShotUrls(shots: Screenshot[] | undefined): Map<string, { url: string; shot: Screenshot }[]> {
  const map = useMemo(() => {
    const m = new Map<string, { url: string; shot: Screenshot }[]>();
    for (const s of shots ?? []) {
      const list = m.get(s.findingId) ?? [];
      list.push({ url: URL.createObjectURL(s.blob), shot: s });
      m.set(s.findingId, list);
    }
    return m;
  }, [shots]);
  useEffect(() => () => map.forEach((l) => l.forEach((x) => URL.revokeObjectURL(x.url))), [map]);
  return map;
}

export function ReviewPage(props: ReviewPageProps) {
  const { t, locale } = props;
  const reviews = useLive(() => listReviews(), []);
  const [reviewId, setReviewId] = useState<string | null>(props.initialReviewId);
  const [toast, setToast] = useState<Toast | null>(null);
  const [compareWith, setCompareWith] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);

  const select = (id: string | null) => {
    setReviewId(id);
    props.onSelectReview?.(id);
  };
  useEffect(() => {
    if (reviews && !reviewId && reviews[0]) select(reviews[0].id);
  }, [reviews]);

  const run = async (fn: () => Promise<Toast | void>) => {
    try {
      const next = await fn();
      if (next) setToast(next);
    } catch (e) {
      setToast({ text: e instanceof Error ? e.message : String(e) });
    }
  };

  const current = reviews?.find((r) => r.id === reviewId) ?? null;

  return (
    <div class="page">
      <header class="top">
        <h1>{t('reviewPageTitle')}</h1>
        <div class="top-actions">
          <input
            ref={fileRef}
            id="import-file"
            class="sr-only"
            type="file"
            accept="application/json,.json"
            aria-label={t('importReview')}
            tabIndex={-1}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (!file) return;
              void run(async () => {
                const result = await importFile(file);
                if (!result.ok) return { text: t('importFailed', [result.error]) };
                select(result.reviewId);
                return { text: t('imported', [result.added, result.updated, result.unchanged]) };
              });
            }}
          />
          <button type="button" onClick={() => fileRef.current?.click()}>{t('importReview')}</button>
          <LanguageSelect chosen={props.chosenLocale} t={t} onChange={props.setLocale} />
        </div>
      </header>
      <div class="status" role="status" aria-live="polite" data-testid="toast">
        {toast && (
          <p class="toast">
            {toast.text}{' '}
            {toast.undo && (
              <button type="button" onClick={() => void run(async () => { await restoreSnapshot(toast.undo!); return { text: t('undone') }; })}>{t('undo')}</button>
            )}
            <button type="button" aria-label={t('closeMessage')} onClick={() => setToast(null)}>×</button>
          </p>
        )}
      </div>
      <div class="cols">
        <nav class="reviews" aria-label={t('allReviews')}>
          <h2>{t('allReviews')}</h2>
          {reviews && reviews.length === 0 && <p class="meta">{t('noReviews')}</p>}
          <ul>
            {(reviews ?? []).map((r) => (
              <li key={r.id}>
                <button type="button" class={r.id === reviewId ? 'rev sel' : 'rev'} aria-current={r.id === reviewId ? 'page' : undefined} onClick={() => select(r.id)}>
                  <b>{r.site}</b>
                  <span class="meta">{fmtDate(r.startedAt, locale)} · {r.status === 'active' ? t('statusActive') : t('statusEnded')}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <main class="detail">
          {current ? (
            <ReviewDetail
              key={current.id}
              review={current}
              t={t}
              locale={locale}
              reviews={reviews ?? []}
              compareWith={compareWith}
              setCompareWith={setCompareWith}
              run={run}
              onDeleted={(snap) => {
                select(null);
                setToast({ text: t('reviewDeleted', [snap.reviews[0]?.site ?? '']), undo: snap });
              }}
            />
          ) : (
            <p class="meta">{t('pickReview')}</p>
          )}
        </main>
      </div>
    </div>
  );
}

interface DetailProps {
  review: Review;
  reviews: Review[];
  t: T;
  locale: UiLocale;
  compareWith: string;
  setCompareWith: (id: string) => void;
  run: (fn: () => Promise<Toast | void>) => Promise<void>;
  onDeleted: (snap: Snapshot) => void;
}

function ReviewDetail({ review, reviews, t, locale, compareWith, setCompareWith, run, onDeleted }: DetailProps) {
  const bundle = useLive(() => getReviewBundle(review.id), [review.id]);
  const shots = useLive(() => screenshotsOfReview(review.id), [review.id]);
  const shotUrls = useShotUrls(shots);
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [sort, setSort] = useState<SortKey>('severity');
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const titleOf = (f: StoredFinding) => findingTitle(f, locale);
  const list = useMemo(() => {
    if (!bundle) return [];
    return sortFindings(filterFindings(bundle.findings, filter, titleOf), sort, bundle.touchpoints, titleOf);
  }, [bundle, filter, sort, locale]);
  const tpById = useMemo(() => new Map((bundle?.touchpoints ?? []).map((tp) => [tp.id, tp])), [bundle]);
  const selectedIndex = list.findIndex((f) => f.id === selectedId);
  const selected = selectedIndex >= 0 ? list[selectedIndex]! : null;

  if (!bundle) return <p class="meta">{t('loading')}</p>;
  const score = reviewScore(bundle, locale);
  const others = reviews.filter((r) => r.id !== review.id);
  const setF = (patch: Partial<FindingFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <>
      <ReviewHeader review={review} t={t} locale={locale} score={score} run={run} />
      <section aria-labelledby="exports-h" class="box">
        <h2 id="exports-h">{t('exportsHeading')}</h2>
        {(['html', 'json', 'md', 'csv'] as ExportFormat[]).map((fmt) => (
          <button key={fmt} type="button" data-export={fmt} onClick={() => void run(() => exportAs(review.id, fmt, locale))}>
            {t(fmt === 'html' ? 'exportHtml' : fmt === 'json' ? 'exportJson' : fmt === 'md' ? 'exportMarkdown' : 'exportCsv')}
          </button>
        ))}
        {others.length > 0 && (
          <span class="compare">
            <label>
              {t('compareWith')}{' '}
              <select value={compareWith} onChange={(e) => setCompareWith(e.currentTarget.value)}>
                <option value="">—</option>
                {others.map((r) => <option key={r.id} value={r.id}>{r.site} ({fmtDate(r.startedAt, locale)})</option>)}
              </select>
            </label>{' '}
            <button type="button" disabled={!compareWith} onClick={() => void run(() => compareAndSave(review.id, compareWith, locale))}>{t('compare')}</button>
          </span>
        )}
        <button type="button" class="danger" onClick={() => void run(async () => onDeleted(await deleteReviewWithUndo(review.id)))}>{t('deleteReview')}</button>
      </section>
      <Touchpoints bundle={bundle} t={t} locale={locale} run={run} onShow={(id) => setF({ touchpointId: id })} />
      <section aria-labelledby="findings-h" class="box">
        <h2 id="findings-h">{t('findingsHeading')}</h2>
        <div class="filters" role="group" aria-label={t('filters')}>
          <label>{t('filterCategory')}
            <select name="filter-category" value={filter.category} onChange={(e) => setF({ category: e.currentTarget.value as FindingFilter['category'] })}>
              <option value="">{t('all')}</option>
              {CATEGORIES.map((c) => <option key={c} value={c}>{t(CAT_KEY[c])}</option>)}
            </select>
          </label>
          <label>{t('filterSeverity')}
            <select name="filter-severity" value={filter.severity} onChange={(e) => setF({ severity: e.currentTarget.value as FindingFilter['severity'] })}>
              <option value="">{t('all')}</option>
              {SEVERITIES.map((c) => <option key={c} value={c}>{t(SEV_KEY[c])}</option>)}
            </select>
          </label>
          <label>{t('filterStatus')}
            <select name="filter-status" value={filter.status} onChange={(e) => setF({ status: e.currentTarget.value as FindingFilter['status'] })}>
              <option value="">{t('all')}</option>
              <option value="open">{t('statusOpen')}</option>
              <option value="dismissed">{t('statusDismissed')}</option>
            </select>
          </label>
          <label>{t('filterTouchpoint')}
            <select name="filter-touchpoint" value={filter.touchpointId} onChange={(e) => setF({ touchpointId: e.currentTarget.value })}>
              <option value="">{t('all')}</option>
              {bundle.touchpoints.map((tp) => <option key={tp.id} value={tp.id}>{tp.order}. {tp.title || tp.url}</option>)}
            </select>
          </label>
          <label>{t('filterSource')}
            <select name="filter-source" value={filter.source} onChange={(e) => setF({ source: e.currentTarget.value as FindingFilter['source'] })}>
              <option value="">{t('all')}</option>
              <option value="auto">{t('sourceAuto')}</option>
              <option value="manual">{t('sourceManual')}</option>
            </select>
          </label>
          <label>{t('filterText')}
            <input name="filter-text" type="search" value={filter.text} onInput={(e) => setF({ text: e.currentTarget.value })} />
          </label>
          <label>{t('sortBy')}
            <select name="sort" value={sort} onChange={(e) => setSort(e.currentTarget.value as SortKey)}>
              {SORT_KEYS.map((k) => <option key={k} value={k}>{t(SORT_KEY[k])}</option>)}
            </select>
          </label>
          <button type="button" onClick={() => setFilter(NO_FILTER)}>{t('clearFilters')}</button>
        </div>
        <p class="meta" data-testid="finding-total">{t('findingCount', [list.length, bundle.findings.length])}</p>
        <div class="split">
          <VirtualList
            count={list.length}
            rowHeight={ROW}
            height={Math.min(480, Math.max(ROW * 2, list.length * ROW))}
            selected={selectedIndex}
            onSelect={(i) => setSelectedId(list[i]?.id ?? null)}
            label={t('findingsHeading')}
            renderRow={(i) => {
              const f = list[i]!;
              const tp = tpById.get(f.touchpointId);
              const thumb = shotUrls.get(f.id)?.[0];
              return (
                <button type="button" class={`frow${f.status === 'dismissed' ? ' dismissed' : ''}`} data-finding={f.id} aria-pressed={f.id === selectedId} onClick={() => setSelectedId(f.id)}>
                  <span class="sev" style={{ background: SEVERITY_COLOR[f.severity] }}>{t(SEV_KEY[f.severity])}</span>
                  <span class="ftext">
                    <b>{titleOf(f)}</b>
                    <span class="meta">
                      {tp ? `${tp.order}. ${tp.title || tp.url}` : ''} · {t(CAT_KEY[f.category])}{f.source === 'manual' ? ` · ${t('sourceManual')}` : ''}{f.status === 'dismissed' ? ` · ${t('statusDismissed')}` : ''}
                    </span>
                  </span>
                  {thumb && <img class="thumb" src={thumb.url} alt={t('screenshotOf', [titleOf(f)])} data-testid="thumbnail" />}
                </button>
              );
            }}
          />
          {selected && (
            <FindingEditor key={selected.id} finding={selected} t={t} locale={locale} shots={shotUrls.get(selected.id) ?? []} run={run} onDeleted={() => setSelectedId(null)} />
          )}
        </div>
        <NewFinding bundle={bundle} t={t} run={run} defaultTouchpoint={filter.touchpointId} />
      </section>
    </>
  );
}

function ReviewHeader({ review, t, locale, score, run }: { review: Review; t: T; locale: string; score: number | null; run: DetailProps['run'] }) {
  const [site, setSite] = useState(review.site);
  const [task, setTask] = useState(review.task);
  const [reviewer, setReviewer] = useState(review.reviewer);
  const [verdict, setVerdict] = useState(review.verdict);
  const dirty = site !== review.site || task !== review.task || reviewer !== review.reviewer || verdict !== review.verdict;
  return (
    <section aria-labelledby="review-h" class="box">
      <h2 id="review-h">{review.site}</h2>
      <p class="meta">
        {t('startedAt', [fmtDate(review.startedAt, locale)])}
        {review.endedAt ? ` · ${t('endedAt', [fmtDate(review.endedAt, locale)])}` : ` · ${t('statusActive')}`}
        {score !== null && <> · <b data-testid="score">{t('scoreLabel', [score])}</b></>}
      </p>
      <form
        class="grid"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await updateReview(review.id, { site, task, reviewer, verdict });
            return { text: t('saved') };
          });
        }}
      >
        <label>{t('fieldSite')}<input name="site" value={site} required onInput={(e) => setSite(e.currentTarget.value)} /></label>
        <label>{t('fieldTask')}<input name="task" value={task} onInput={(e) => setTask(e.currentTarget.value)} /></label>
        <label>{t('fieldReviewer')}<input name="reviewer" value={reviewer} onInput={(e) => setReviewer(e.currentTarget.value)} /></label>
        <label class="wide">{t('fieldVerdict')}<textarea name="verdict" rows={3} value={verdict} onInput={(e) => setVerdict(e.currentTarget.value)} /></label>
        <div class="wide"><button type="submit" class="primary" disabled={!dirty}>{t('save')}</button></div>
      </form>
    </section>
  );
}

function Touchpoints({ bundle, t, locale, run, onShow }: { bundle: ReviewBundle; t: T; locale: string; run: DetailProps['run']; onShow: (id: string) => void }) {
  const [channel, setChannel] = useState<OffsiteChannel>('phone');
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState('');
  const counts = new Map<string, number>();
  for (const f of bundle.findings) if (f.status === 'open') counts.set(f.touchpointId, (counts.get(f.touchpointId) ?? 0) + 1);
  return (
    <section aria-labelledby="tp-h" class="box">
      <h2 id="tp-h">{t('touchpointsHeading')}</h2>
      <ol class="tps" data-testid="touchpoints">
        {bundle.touchpoints.map((tp) => (
          <li key={tp.id}>
            <span class="chan">{t(CHANNEL_KEY[tp.channel])}</span>{' '}
            <b>{tp.title || tp.url}</b>{tp.channel === 'web' && tp.url ? <span class="meta"> {tp.url}</span> : null}
            <span class="meta"> · {fmtDate(tp.scannedAt, locale)} · {t('openCount', [counts.get(tp.id) ?? 0])}</span>
            {tp.notes && <p class="notes">{tp.notes}</p>}
            <div>
              <button type="button" onClick={() => onShow(tp.id)}>{t('showFindings')}</button>
              <button type="button" class="danger" onClick={() => void run(async () => ({ text: t('touchpointDeleted'), undo: await deleteTouchpoint(tp.id) }))}>{t('delete')}</button>
            </div>
          </li>
        ))}
      </ol>
      <form
        class="inline"
        aria-label={t('addOffsite')}
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await addOffsiteTouchpoint({ reviewId: bundle.review.id, channel, title, notes });
            setTitle('');
            setNotes('');
            return { text: t('saved') };
          });
        }}
      >
        <h3>{t('addOffsite')}</h3>
        <label>{t('fieldChannel')}
          <select name="channel" value={channel} onChange={(e) => setChannel(e.currentTarget.value as OffsiteChannel)}>
            {CHANNELS.map((c) => <option key={c} value={c}>{t(CHANNEL_KEY[c])}</option>)}
          </select>
        </label>
        <label>{t('fieldWhatHappened')}<input name="tp-title" required value={title} onInput={(e) => setTitle(e.currentTarget.value)} /></label>
        <label>{t('fieldNotes')}<textarea name="tp-notes" rows={2} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} /></label>
        <button type="submit">{t('add')}</button>
      </form>
    </section>
  );
}

function FindingFields(p: {
  t: T;
  title: string; setTitle: (s: string) => void;
  note: string; setNote: (s: string) => void;
  category: Category; setCategory: (c: Category) => void;
  severity: Severity; setSeverity: (s: Severity) => void;
  tags: string; setTags: (s: string) => void;
  prefix: string;
}) {
  const { t } = p;
  return (
    <>
      <label>{t('fieldTitle')}<input name={`${p.prefix}-title`} required maxLength={500} value={p.title} onInput={(e) => p.setTitle(e.currentTarget.value)} /></label>
      <label>{t('fieldNote')}<textarea name={`${p.prefix}-note`} rows={3} value={p.note} onInput={(e) => p.setNote(e.currentTarget.value)} /></label>
      <label>{t('filterCategory')}
        <select name={`${p.prefix}-category`} value={p.category} onChange={(e) => p.setCategory(e.currentTarget.value as Category)}>
          {CATEGORIES.map((c) => <option key={c} value={c}>{t(CAT_KEY[c])}</option>)}
        </select>
      </label>
      <label>{t('filterSeverity')}
        <select name={`${p.prefix}-severity`} value={p.severity} onChange={(e) => p.setSeverity(e.currentTarget.value as Severity)}>
          {SEVERITIES.map((c) => <option key={c} value={c}>{t(SEV_KEY[c])}</option>)}
        </select>
      </label>
      <label>{t('fieldTags')}<input name={`${p.prefix}-tags`} value={p.tags} onInput={(e) => p.setTags(e.currentTarget.value)} /></label>
    </>
  );
}

function FindingEditor({ finding, t, locale, shots, run, onDeleted }: { finding: StoredFinding; t: T; locale: string; shots: { url: string; shot: Screenshot }[]; run: DetailProps['run']; onDeleted: () => void }) {
  const [title, setTitle] = useState(findingTitle(finding, locale));
  const [note, setNote] = useState(finding.note);
  const [category, setCategory] = useState<Category>(finding.category);
  const [severity, setSeverity] = useState<Severity>(finding.severity);
  const [tags, setTags] = useState(finding.tags.join(', '));
  const [reason, setReason] = useState('');
  const [dismissing, setDismissing] = useState(false);
  const meta = detectorById(finding.detector)?.meta;
  return (
    <section class="editor box" aria-labelledby="editor-h" data-testid="finding-editor">
      <h3 id="editor-h">{findingTitle(finding, locale)}</h3>
      {finding.message && finding.message !== finding.note && <p>{finding.message}</p>}
      {meta && <p><b>{t('whyItMatters')}</b> {pick(meta.why, locale)}</p>}
      {meta && <p><b>{t('howToFix')}</b> {pick(meta.fix, locale)}</p>}
      {finding.snippet && <p class="meta snippet">“{finding.snippet}”</p>}
      {finding.status === 'dismissed' && <p class="notice">{t('dismissedBecause', [finding.dismissReason])}</p>}
      {shots.map((s) => <img key={s.shot.id} class="shot" src={s.url} width={s.shot.width} height={s.shot.height} alt={t('screenshotOf', [findingTitle(finding, locale)])} />)}
      <form
        class="grid"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await updateFinding(finding.id, { title: title.trim(), note, category, severity, tags: parseTags(tags) });
            return { text: t('saved') };
          });
        }}
      >
        <FindingFields t={t} prefix="edit" title={title} setTitle={setTitle} note={note} setNote={setNote} category={category} setCategory={setCategory} severity={severity} setSeverity={setSeverity} tags={tags} setTags={setTags} />
        <div class="wide">
          <button type="submit" class="primary">{t('save')}</button>
          {finding.status === 'open' && !dismissing && <button type="button" onClick={() => setDismissing(true)}>{t('dismiss')}</button>}
          {finding.status === 'dismissed' && <button type="button" onClick={() => void run(async () => { await restoreFinding(finding.id); return { text: t('restored') }; })}>{t('restore')}</button>}
          <button type="button" class="danger" onClick={() => void run(async () => { const undo = await deleteFindings([finding.id]); onDeleted(); return { text: t('findingDeleted'), undo }; })}>{t('delete')}</button>
        </div>
      </form>
      {dismissing && (
        <form
          class="inline"
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              await dismissFinding(finding.id, reason);
              setDismissing(false);
              return { text: t('dismissed') };
            });
          }}
        >
          <label>{t('dismissReason')}<textarea name="dismiss-reason" required rows={2} value={reason} onInput={(e) => setReason(e.currentTarget.value)} /></label>
          <button type="submit" disabled={!reason.trim()}>{t('dismiss')}</button>
          <button type="button" onClick={() => setDismissing(false)}>{t('cancel')}</button>
        </form>
      )}
    </section>
  );
}

function NewFinding({ bundle, t, run, defaultTouchpoint }: { bundle: ReviewBundle; t: T; run: DetailProps['run']; defaultTouchpoint: string }) {
  const [touchpointId, setTouchpointId] = useState('');
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [category, setCategory] = useState<Category>('contact');
  const [severity, setSeverity] = useState<Severity>('moderate');
  const [tags, setTags] = useState('');
  const tpId = touchpointId || defaultTouchpoint || bundle.touchpoints[bundle.touchpoints.length - 1]?.id || '';
  if (!bundle.touchpoints.length) return null;
  return (
    <details class="newf">
      <summary>{t('addOwnFinding')}</summary>
      <form
        class="grid"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await addManualFinding({ reviewId: bundle.review.id, touchpointId: tpId, title, note, category, severity, tags: parseTags(tags) });
            setTitle('');
            setNote('');
            setTags('');
            return { text: t('saved') };
          });
        }}
      >
        <label>{t('filterTouchpoint')}
          <select name="new-touchpoint" value={tpId} onChange={(e) => setTouchpointId(e.currentTarget.value)}>
            {bundle.touchpoints.map((tp) => <option key={tp.id} value={tp.id}>{tp.order}. {tp.title || tp.url}</option>)}
          </select>
        </label>
        <FindingFields t={t} prefix="new" title={title} setTitle={setTitle} note={note} setNote={setNote} category={category} setCategory={setCategory} severity={severity} setSeverity={setSeverity} tags={tags} setTags={setTags} />
        <div class="wide"><button type="submit" class="primary">{t('add')}</button></div>
      </form>
    </details>
  );
}

export const REVIEW_PAGE_CSS = `${BASE_CSS}
.page { max-width: 1280px; margin: 0 auto; padding: 12px 16px; }
.top { display: flex; align-items: center; justify-content: space-between; gap: 12px; flex-wrap: wrap; }
.top h1 { margin: 0; }
.top-actions { display: flex; gap: 8px; align-items: center; }
.cols { display: grid; grid-template-columns: 240px 1fr; gap: 16px; align-items: start; }
@media (max-width: 800px) { .cols { grid-template-columns: 1fr; } }
.reviews ul { list-style: none; margin: 0; padding: 0; }
.rev { display: grid; width: 100%; text-align: start; margin: 0 0 4px; }
.rev.sel { background: var(--sel); border-color: var(--accent); }
.box { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; margin: 0 0 12px; background: var(--bg); }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 8px; }
.grid label, .inline label, .filters label { display: grid; gap: 2px; }
.grid .wide { grid-column: 1 / -1; }
.inline { display: grid; gap: 6px; margin-top: 8px; max-width: 520px; }
.inline > button, .grid .wide > button { justify-self: start; width: auto; }
.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; }
.tps { padding-inline-start: 22px; } .tps li { margin-bottom: 8px; }
.chan { font-size: 12px; border: 1px solid var(--line); border-radius: 10px; padding: 0 6px; }
.notes { margin: 4px 0; white-space: pre-wrap; }
.split { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 12px; align-items: start; }
@media (max-width: 1000px) { .split { grid-template-columns: 1fr; } }
.vlist { overflow: auto; position: relative; border: 1px solid var(--line); border-radius: 6px; }
.vlist ul { list-style: none; margin: 0; padding: 0; position: relative; }
.vrow { position: absolute; left: 0; right: 0; box-sizing: border-box; border-bottom: 1px solid var(--line); }
.vrow.sel { background: var(--sel); }
.frow { display: flex; gap: 8px; align-items: center; width: 100%; height: 100%; margin: 0; border: 0; border-radius: 0; background: transparent; text-align: start; }
.frow .ftext { display: grid; flex: 1; min-width: 0; }
.frow .ftext > * { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.frow.dismissed b { text-decoration: line-through; }
.thumb { width: 48px; height: 40px; object-fit: contain; border: 1px solid var(--line); background: #fff; }
.shot { display: block; max-width: 100%; height: auto; border: 1px solid var(--line); margin: 6px 0; }
.editor h3 { margin-top: 0; }
.snippet { overflow-wrap: anywhere; }
.toast { display: inline-flex; gap: 8px; align-items: center; background: var(--ok-bg); color: var(--ok-fg); padding: 4px 8px; border-radius: 6px; margin: 6px 0; }
.status { min-height: 8px; }
button.danger { color: var(--error-fg); }
.newf { margin-top: 10px; } .newf summary { cursor: pointer; font-weight: 600; }
.compare { display: inline-flex; gap: 4px; align-items: end; margin-inline: 8px; }
`;
