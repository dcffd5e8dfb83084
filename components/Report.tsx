/**
 * The trust-friction report, rendered to static HTML (export, CLI) and usable live in extension pages.
 * Summary first (score, category bars, severity counts, top issues), then the journey as a timeline.
 * All page-derived text goes through Preact's escaping: nothing from a page becomes markup; links are
 * made only for http(s) URLs and images only from data:image/png|jpeg|webp URLs.
 */
import type { ReportFinding, ReportModel, ReportTouchpoint } from '../report/model';
import { SAFE_IMAGE_DATA_URL } from '../report/model';
import { scoreModel, type Deduction, type ReportScore, type Score } from '../report/score';
import { isRtl, reportStrings, type ReportStrings } from '../report/strings';
import { SEVERITY_COLOR } from './severity';
import { CATEGORIES, SEVERITIES, type Category } from '../engine/result';

/** Colour band of a score, always shown beside the number (never colour alone). */
export function scoreColor(score: number): string {
  if (score >= 90) return '#15803d';
  if (score >= 70) return '#a16207';
  if (score >= 50) return '#c2410c';
  return '#b3261e';
}

export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url.trim()) ? url.trim() : undefined;
}

/** "2026-11-22 10:00 UTC" for an ISO time; anything else as given. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function minus(d: Pick<Deduction, 'points' | 'exact'>): string {
  return d.points > 0 || d.exact === 0 ? `\u2212${d.points}` : '\u2212<1';
}

export function ScoreBadge({ score, label, big }: { score: number; label: string; big?: boolean }) {
  return (
    <span class={big ? 'score big' : 'score'} style={{ borderColor: scoreColor(score), color: scoreColor(score) }} aria-label={`${label}: ${score}/100`}>
      <b>{score}</b>
      <small>/100</small>
    </span>
  );
}

/** Horizontal bars of category scores as inline SVG (mirrored for right-to-left). */
export function CategoryBars({ scores, t, rtl, label }: { scores: { category: Category; values: number[] }[]; t: ReportStrings; rtl: boolean; label: string }) {
  const W = 460;
  const labelW = 130;
  const barW = 260;
  const rowH = 18;
  const perCat = Math.max(1, ...scores.map((s) => s.values.length));
  const groupH = perCat * rowH + 8;
  const x = (v: number, w = 0) => (rtl ? W - v - w : v);
  const fills = ['', '#94a3b8'];
  return (
    <svg class="bars" role="img" aria-label={label} width={W} height={scores.length * groupH} viewBox={`0 0 ${W} ${scores.length * groupH}`} direction={rtl ? 'rtl' : 'ltr'}>
      {scores.map(({ category, values }, i) => (
        <g key={category} transform={`translate(0 ${i * groupH})`}>
          <text x={x(0)} y={13} font-size="12" text-anchor="start">{t.category(category)}</text>
          {values.map((v, j) => (
            <g key={j} transform={`translate(0 ${j * rowH})`}>
              <rect x={x(labelW, barW)} y={2} width={barW} height={13} fill="#f1f5f9" />
              <rect x={x(labelW, Math.round((v / 100) * barW))} y={2} width={Math.round((v / 100) * barW)} height={13} fill={fills[j] || scoreColor(v)} />
              <text x={x(labelW + barW + 8)} y={13} font-size="12" text-anchor="start">{v}</text>
            </g>
          ))}
        </g>
      ))}
    </svg>
  );
}

function Where({ f }: { f: ReportFinding }) {
  if (!f.selector && !f.snippet) return null;
  return (
    <p class="where">
      {f.snippet && <code>{f.snippet}</code>} {f.selector && <small dir="ltr">{f.selector}</small>}
    </p>
  );
}

function FindingBody({ f, t }: { f: ReportFinding; t: ReportStrings }) {
  const shots = (f.screenshots ?? []).filter((s) => SAFE_IMAGE_DATA_URL.test(s.dataUrl));
  return (
    <>
      <p class="message" dir="auto">{f.message}</p>
      {f.evidenceText && <blockquote dir="auto">{f.evidenceText}</blockquote>}
      {f.note && <p class="note"><b>{t.note}: </b><bdi>{f.note}</bdi></p>}
      {shots.map((s, i) => (
        <figure key={i}>
          <img src={s.dataUrl} width={s.width || undefined} height={s.height || undefined} alt={`${t.screenshot}: ${f.title}`} />
        </figure>
      ))}
      {f.why && <p class="why"><b>{t.why}: </b>{f.why}</p>}
      {f.fix && <p class="fix"><b>{t.fix}: </b>{f.fix}</p>}
      <Where f={f} />
    </>
  );
}

function Tags({ f, t }: { f: ReportFinding; t: ReportStrings }) {
  return (
    <>
      <span class="sev" style={{ background: SEVERITY_COLOR[f.severity] }}>{t.severity(f.severity)}</span>{' '}
      <bdi class="title">{f.title}</bdi>
      <span class="cat">{t.category(f.category)}</span>
      {f.source === 'manual' && <span class="cat">{t.manual}</span>}
    </>
  );
}

export function FindingCard({ f, t, deduction }: { f: ReportFinding; t: ReportStrings; deduction?: Deduction }) {
  if (f.status === 'dismissed') {
    return (
      <details class={`finding dismissed sev-${f.severity}`} data-detector={f.detector} data-status="dismissed">
        <summary>
          <Tags f={f} t={t} /> <span class="cat">{t.dismissed}</span>
          {f.dismissReason && <span class="reason"> — {t.dismissedBecause}: <bdi>{f.dismissReason}</bdi></span>}
        </summary>
        <FindingBody f={f} t={t} />
      </details>
    );
  }
  return (
    <article class={`finding sev-${f.severity}`} data-detector={f.detector} data-status="open">
      <h4>
        <Tags f={f} t={t} />
        {deduction && <span class="deduct"><span class="num">{minus(deduction)}</span> {t.onThisPage}</span>}
      </h4>
      <FindingBody f={f} t={t} />
    </article>
  );
}

function TouchpointSection({ tp, score, t }: { tp: ReportTouchpoint; score: Score | undefined; t: ReportStrings }) {
  const byId = new Map(score?.deductions.map((d) => [d.findingId, d]) ?? []);
  const open = tp.findings.filter((f) => f.status === 'open');
  const dismissed = tp.findings.filter((f) => f.status === 'dismissed');
  const href = safeHref(tp.url);
  return (
    <li class="touchpoint">
      <span class="step" aria-hidden="true">{tp.order}</span>
      <header>
        <h3>
          <bdi>{tp.order}. {tp.title || tp.url}</bdi> <span class="cat">{tp.pageKind}</span>
          {score && <ScoreBadge score={score.score} label={t.pageScore} />}
        </h3>
        <p class="meta">
          {href ? <a href={href} rel="noreferrer noopener" dir="ltr">{tp.url}</a> : <span class="url" dir="ltr">{tp.url}</span>}
          {' · '}{tp.channel !== 'web' && <>{tp.channel} · </>}{formatTime(tp.scannedAt)}
        </p>
      </header>
      {open.length === 0 && <p class="clean">{t.noneOnPage}</p>}
      {open.map((f) => <FindingCard key={f.id} f={f} t={t} deduction={byId.get(f.id)} />)}
      {dismissed.map((f) => <FindingCard key={f.id} f={f} t={t} />)}
      {tp.skipped.length > 0 && (
        <details class="skipped"><summary>{t.notScanned} ({tp.skipped.length})</summary><ul>{tp.skipped.map((s, i) => <li key={i}>{s}</li>)}</ul></details>
      )}
    </li>
  );
}

export function Report({ model, score }: { model: ReportModel; score?: ReportScore }) {
  const s = score ?? scoreModel(model);
  const t = reportStrings(model.lang);
  const rtl = isRtl(model.lang);
  const review = s.review;
  const openCount = SEVERITIES.reduce((n, sev) => n + review.counts[sev], 0);
  const top = review.deductions.slice(0, 5);
  const n = model.touchpoints.length;
  return (
    <main class="report" dir={rtl ? 'rtl' : 'ltr'} lang={model.lang}>
      <header>
        <h1 dir="auto">{model.title}</h1>
        <p class="meta">
          {model.task && <>{t.task}: <bdi>{model.task}</bdi> · </>}
          {model.reviewer && <>{t.reviewer}: <bdi>{model.reviewer}</bdi> · </>}
          {n} {t.touchpoints} · {t.generated} {formatTime(model.generatedAt)}
        </p>
      </header>
      <section class="summary" aria-label={t.summary}>
        <h2>{t.summary}</h2>
        <div class="headline">
          <ScoreBadge score={review.score} label={t.score} big />
          <div>
            <p class="score-label"><b>{t.score}</b></p>
            <p class="meta">{t.scoreHelp}</p>
            <p class="counts">
              {openCount} {t.openFindings}:{' '}
              {SEVERITIES.map((sev) => (
                <span key={sev} class="pill" style={{ borderColor: SEVERITY_COLOR[sev] }}>{review.counts[sev]} {t.severity(sev)}</span>
              ))}
              {review.dismissed > 0 && <span class="pill muted">{review.dismissed} {t.dismissedCount}</span>}
            </p>
          </div>
        </div>
        <h3>{t.categories}</h3>
        <CategoryBars scores={CATEGORIES.map((c) => ({ category: c, values: [s.categories[c].score] }))} t={t} rtl={rtl} label={t.categories} />
        <h3>{t.topIssues}</h3>
        {top.length === 0 ? (
          <p class="clean">{t.noIssues}</p>
        ) : (
          <ol class="top">
            {top.map((d) => (
              <li key={d.findingId}>
                <span class="deduct num">{minus(d)}</span>{' '}
                <span class="sev" style={{ background: SEVERITY_COLOR[d.severity] }}>{t.severity(d.severity)}</span>{' '}
                <b><bdi>{d.title}</bdi></b>
                {d.message && d.message !== d.title && <> — <bdi>{d.message}</bdi></>}{' '}
                <span class="where-tp">(<bdi>{d.touchpointOrder}. {d.touchpointTitle}</bdi>)</span>
              </li>
            ))}
          </ol>
        )}
        {review.floored && <p class="meta">{t.floored}</p>}
        {model.verdict && <p class="verdict"><b>{t.verdict}: </b><bdi>{model.verdict}</bdi></p>}
      </section>
      <section class="journey" aria-label={t.journey}>
        <h2>{t.journey}</h2>
        <ol class="timeline">
          {model.touchpoints.map((tp, i) => (
            <TouchpointSection key={`${tp.order}-${i}`} tp={tp} score={s.touchpoints[i]?.score} t={t} />
          ))}
        </ol>
      </section>
    </main>
  );
}

export const REPORT_CSS = `
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, "Segoe UI", Tahoma, sans-serif; margin: 2rem auto; max-width: 62rem; padding: 0 1rem; color: #111; background: #fff; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { border-bottom: 2px solid #ddd; padding-bottom: .2rem; margin-top: 2rem; }
h3 { margin: 1.2rem 0 .4rem; }
.meta { color: #555; font-size: .9rem; margin: .2rem 0; }
.headline { display: flex; gap: 1.2rem; align-items: center; }
.headline p { margin: .2rem 0; }
.score, .num { direction: ltr; unicode-bidi: isolate; }
.score { display: inline-flex; align-items: baseline; gap: .1rem; border: 2px solid; border-radius: .6rem; padding: 0 .4rem; font-size: .85rem; margin-inline-start: .5rem; vertical-align: middle; }
.score.big { font-size: 2.6rem; border-width: 4px; padding: .2rem .9rem; margin: 0; border-radius: 1rem; }
.score.big small { font-size: 1rem; }
.pill { border: 2px solid; border-radius: 1rem; padding: 0 .5rem; margin-inline-end: .4rem; display: inline-block; }
.pill.muted { border-color: #bbb; color: #555; }
.bars { max-width: 100%; height: auto; }
.top { padding-inline-start: 1.4rem; } .top li { margin: .3rem 0; break-inside: avoid; }
.deduct { font-weight: 700; color: #b3261e; font-variant-numeric: tabular-nums; white-space: nowrap; }
h4 .deduct { font-size: .8rem; margin-inline-start: .5rem; font-weight: 600; }
.where-tp { color: #555; }
.timeline { list-style: none; padding: 0; margin: 0; }
.touchpoint { position: relative; padding-inline-start: 2.6rem; padding-bottom: 1rem; border-inline-start: 3px solid #e2e8f0; margin-inline-start: 1rem; }
.touchpoint:last-child { border-inline-start-color: transparent; }
.step { position: absolute; inset-inline-start: -1rem; top: 0; width: 1.8rem; height: 1.8rem; border-radius: 50%; background: #334155; color: #fff; display: flex; align-items: center; justify-content: center; font-weight: 700; font-size: .85rem; }
.touchpoint > header h3 { margin: 0; }
.finding { border: 1px solid #ddd; border-inline-start: 6px solid #999; border-radius: 6px; padding: .5rem 1rem; margin: .8rem 0; break-inside: avoid; }
.finding.sev-critical { border-inline-start-color: #b3261e; } .finding.sev-serious { border-inline-start-color: #c2410c; }
.finding.sev-moderate { border-inline-start-color: #a16207; } .finding.sev-minor { border-inline-start-color: #1d4ed8; }
.finding.dismissed { opacity: .7; background: #f8fafc; }
.finding.dismissed summary { cursor: pointer; }
.finding.dismissed .title { text-decoration: line-through; }
.finding h4 { margin: .2rem 0; }
.sev { color: #fff; border-radius: 3px; padding: 0 .4rem; font-size: .75rem; text-transform: uppercase; }
.cat { color: #555; font-size: .8rem; font-weight: normal; margin-inline-start: .5rem; border: 1px solid #ccc; border-radius: 3px; padding: 0 .3rem; }
.reason { color: #333; font-size: .9rem; }
blockquote { margin: .4rem 0; padding: .2rem .8rem; border-inline-start: 3px solid #ccc; color: #333; white-space: pre-wrap; overflow-wrap: anywhere; }
.message, .note, .verdict { white-space: pre-wrap; overflow-wrap: anywhere; }
code { background: #f3f4f6; padding: 0 .2rem; word-break: break-all; }
.where small, .url { color: #666; word-break: break-all; }
a { overflow-wrap: anywhere; }
figure { margin: .5rem 0; } figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
.clean { color: #15803d; }
.swatch { display: inline-block; width: 2.2rem; height: .7rem; background: linear-gradient(90deg, #15803d, #a16207, #b3261e); vertical-align: middle; } .swatch.b { background: #94a3b8; }
table.compare { border-collapse: collapse; width: 100%; } table.compare th, table.compare td { border-bottom: 1px solid #e5e7eb; padding: .3rem .5rem; text-align: start; vertical-align: top; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
@media (max-width: 40rem) { .cols { grid-template-columns: 1fr; } .headline { flex-direction: column; align-items: flex-start; } }
@media print {
  @page { margin: 14mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  details.skipped { display: none; }
  details > summary { list-style: none; cursor: auto; }
  details > summary::-webkit-details-marker { display: none; }
  .journey { break-before: page; }
  h2, h3, .touchpoint > header { break-after: avoid; }
  .finding, figure, .top li, .headline, .bars { break-inside: avoid; }
  figure img { max-height: 110mm; width: auto; }
}
`;
