/**
 * The trust-friction report, rendered to static HTML (export, CLI) and usable live in extension pages.
 * All page-derived text goes through Preact's escaping: nothing from a page becomes markup.
 */
import type { ReportFinding, ReportModel } from '../report/model';
import { SEVERITY_COLOR } from './severity';
import { CATEGORIES, SEVERITIES } from '../engine/result';

function FindingCard({ f }: { f: ReportFinding }) {
  return (
    <article class={`finding sev-${f.severity}${f.status === 'dismissed' ? ' dismissed' : ''}`} data-detector={f.detector}>
      <h4>
        <span class="sev" style={{ background: SEVERITY_COLOR[f.severity] }}>{f.severity}</span> {f.title}
        <span class="cat">{f.category}</span>
        {f.source === 'manual' && <span class="cat">manual</span>}
        {f.status === 'dismissed' && <span class="cat">dismissed</span>}
      </h4>
      <p>{f.message}</p>
      {f.evidenceText && <blockquote>{f.evidenceText}</blockquote>}
      {f.note && <p><b>Reviewer's note: </b>{f.note}</p>}
      {f.status === 'dismissed' && f.dismissReason && <p><b>Dismissed: </b>{f.dismissReason}</p>}
      {f.why && <p class="why"><b>Why it matters: </b>{f.why}</p>}
      {f.fix && <p class="fix"><b>How to fix: </b>{f.fix}</p>}
      {(f.selector || f.snippet) && (
        <p class="where">
          {f.snippet && <code>{f.snippet}</code>} {f.selector && <small>{f.selector}</small>}
        </p>
      )}
    </article>
  );
}

export function Report({ model }: { model: ReportModel }) {
  const all = model.touchpoints.flatMap((t) => t.findings);
  const open = all.filter((f) => f.status === 'open');
  const bySev = SEVERITIES.map((s) => ({ s, n: open.filter((f) => f.severity === s).length }));
  const byCat = CATEGORIES.map((c) => ({ c, n: open.filter((f) => f.category === c).length }));
  const maxCat = Math.max(1, ...byCat.map((x) => x.n));
  return (
    <main>
      <header>
        <h1>{model.title}</h1>
        <p class="meta">
          {model.task && <>Task: {model.task} · </>}
          {model.reviewer && <>Reviewer: {model.reviewer} · </>}
          {model.touchpoints.length} touchpoint{model.touchpoints.length === 1 ? '' : 's'} · generated {model.generatedAt}
        </p>
      </header>
      <section class="summary" aria-label="Summary">
        <h2>Summary</h2>
        <p>
          {open.length} open finding{open.length === 1 ? '' : 's'}:{' '}
          {bySev.map(({ s, n }) => (
            <span key={s} class="pill" style={{ borderColor: SEVERITY_COLOR[s] }}>{n} {s}</span>
          ))}
        </p>
        <svg class="bars" role="img" aria-label="Open findings per category" width="420" height={byCat.length * 24}>
          {byCat.map(({ c, n }, i) => (
            <g key={c} transform={`translate(0 ${i * 24})`}>
              <text x="0" y="15" font-size="12">{c}</text>
              <rect x="100" y="4" height="14" width={Math.round((n / maxCat) * 280)} fill="#475569" />
              <text x={106 + Math.round((n / maxCat) * 280)} y="15" font-size="12">{n}</text>
            </g>
          ))}
        </svg>
        {model.verdict && <p><b>Verdict: </b>{model.verdict}</p>}
      </section>
      <section aria-label="Journey">
        <h2>Journey</h2>
        {model.touchpoints.map((t) => (
          <section class="touchpoint" key={t.order}>
            <h3>
              {t.order}. {t.title || t.url} <span class="cat">{t.pageKind}</span>
            </h3>
            <p class="meta"><a href={/^https?:/i.test(t.url) ? t.url : undefined} rel="noreferrer noopener">{t.url}</a> · {t.scannedAt}</p>
            {t.findings.length === 0 && <p>No trust friction found.</p>}
            {t.findings.map((f) => <FindingCard key={f.id} f={f} />)}
            {t.skipped.length > 0 && (
              <details><summary>Not scanned ({t.skipped.length})</summary><ul>{t.skipped.map((s, i) => <li key={i}>{s}</li>)}</ul></details>
            )}
          </section>
        ))}
      </section>
    </main>
  );
}

export const REPORT_CSS = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #111; background: #fff; }
h1 { font-size: 1.6rem; } h2 { border-bottom: 2px solid #ddd; padding-bottom: .2rem; }
.meta { color: #555; font-size: .9rem; }
.pill { border: 2px solid; border-radius: 1rem; padding: 0 .5rem; margin-inline-end: .4rem; display: inline-block; }
.finding { border: 1px solid #ddd; border-inline-start: 6px solid #999; border-radius: 6px; padding: .5rem 1rem; margin: .8rem 0; break-inside: avoid; }
.finding.sev-critical { border-inline-start-color: #b3261e; } .finding.sev-serious { border-inline-start-color: #c2410c; }
.finding.sev-moderate { border-inline-start-color: #a16207; } .finding.sev-minor { border-inline-start-color: #1d4ed8; }
.finding.dismissed { opacity: .6; }
.finding h4 { margin: .2rem 0; }
.sev { color: #fff; border-radius: 3px; padding: 0 .4rem; font-size: .75rem; text-transform: uppercase; }
.cat { color: #555; font-size: .8rem; font-weight: normal; margin-inline-start: .5rem; border: 1px solid #ccc; border-radius: 3px; padding: 0 .3rem; }
blockquote { margin: .4rem 0; padding: .2rem .8rem; border-inline-start: 3px solid #ccc; color: #333; }
code { background: #f3f4f6; padding: 0 .2rem; word-break: break-all; }
.where small { color: #666; word-break: break-all; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } details { display: none; } .touchpoint { break-before: auto; } }
`;
