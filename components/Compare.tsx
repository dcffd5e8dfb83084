/**
 * Two reviews side by side (rendered to static HTML by report/compare.ts renderCompareHtml, or live).
 * Page-derived text is only ever text: Preact escapes it.
 */
import type { Comparison, IssueGroup } from '../report/compare';
import { isRtl, reportStrings, type ReportStrings } from '../report/strings';
import { CategoryBars, formatTime, ScoreBadge } from './Report';
import { SEVERITY_COLOR } from './severity';

function Issue({ g, t }: { g: IssueGroup; t: ReportStrings }) {
  return (
    <li class={`finding sev-${g.severity}`} data-issue={g.key}>
      <span class="sev" style={{ background: SEVERITY_COLOR[g.severity] }}>{t.severity(g.severity)}</span> <b><bdi>{g.title}</bdi></b>
      <span class="cat">{t.category(g.category)}</span>
      <ul>
        {g.occurrences.map((o) => (
          <li key={o.findingId}>{o.touchpointOrder}. <bdi>{o.touchpointTitle}</bdi>: <bdi>{o.message}</bdi></li>
        ))}
      </ul>
    </li>
  );
}

function IssueList({ list, t }: { list: IssueGroup[]; t: ReportStrings }) {
  return list.length === 0 ? <p class="clean">{t.nothing}</p> : <ul class="issues">{list.map((g) => <Issue key={g.key} g={g} t={t} />)}</ul>;
}

function pages(g: IssueGroup): string {
  return [...new Set(g.occurrences.map((o) => o.touchpointOrder))].join(', ');
}

export function Compare({ cmp }: { cmp: Comparison }) {
  const t = reportStrings(cmp.lang);
  const rtl = isRtl(cmp.lang);
  const { a, b } = cmp;
  const nameA = `A: ${a.site}`;
  const nameB = `B: ${b.site}`;
  return (
    <main class="report compare" dir={rtl ? 'rtl' : 'ltr'}>
      <header>
        <h1>{t.compareTitle}</h1>
        <p class="meta">{t.generated} {formatTime(cmp.generatedAt)}</p>
      </header>
      <section class="summary" aria-label={t.summary}>
        <div class="cols">
          {[a, b].map((s, i) => (
            <div key={i} class="headline" data-side={i === 0 ? 'a' : 'b'}>
              <ScoreBadge score={s.score.review.score} label={`${t.score} ${i === 0 ? 'A' : 'B'}`} big />
              <div>
                <p><b><bdi>{i === 0 ? nameA : nameB}</bdi></b></p>
                {s.task && <p class="meta">{t.task}: <bdi>{s.task}</bdi></p>}
                <p class="meta">{s.model.touchpoints.length} {t.touchpoints} · {formatTime(s.startedAt)}</p>
              </div>
            </div>
          ))}
        </div>
        <h2>{t.categories}</h2>
        <table class="compare">
          <thead>
            <tr><th scope="col"></th><th scope="col">A</th><th scope="col">B</th><th scope="col">{t.difference} (B − A)</th></tr>
          </thead>
          <tbody>
            {cmp.categories.map((c) => (
              <tr key={c.category} data-category={c.category}>
                <th scope="row">{t.category(c.category)}</th>
                <td>{c.a}</td>
                <td>{c.b}</td>
                <td>{c.delta > 0 ? `+${c.delta}` : c.delta < 0 ? `\u2212${-c.delta}` : '0'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="meta">A: <span class="swatch" /> · B: <span class="swatch b" /></p>
        <CategoryBars scores={cmp.categories.map((c) => ({ category: c.category, values: [c.a, c.b] }))} t={t} rtl={rtl} label={`${t.categories}: A, B (grey)`} />
      </section>
      <section class="both" aria-label={t.onBoth}>
        <h2>{t.onBoth} ({cmp.both.length})</h2>
        {cmp.both.length === 0 ? (
          <p>{t.nothing}</p>
        ) : (
          <table class="compare">
            <thead>
              <tr><th scope="col"></th><th scope="col">A</th><th scope="col">B</th></tr>
            </thead>
            <tbody>
              {cmp.both.map((x) => (
                <tr key={x.key} data-issue={x.key}>
                  <th scope="row">
                    <bdi>{x.title}</bdi> <span class="cat">{x.match === 'detector' ? t.sameDetector : t.sameTitle}</span>
                  </th>
                  <td><span class="sev" style={{ background: SEVERITY_COLOR[x.a.severity] }}>{t.severity(x.a.severity)}</span> ({pages(x.a)})</td>
                  <td><span class="sev" style={{ background: SEVERITY_COLOR[x.b.severity] }}>{t.severity(x.b.severity)}</span> ({pages(x.b)})</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <div class="cols">
        <section class="only-a" aria-label={`${t.onlyIn} A`}>
          <h2>{t.onlyIn} {nameA} ({cmp.onlyA.length})</h2>
          <IssueList list={cmp.onlyA} t={t} />
        </section>
        <section class="only-b" aria-label={`${t.onlyIn} B`}>
          <h2>{t.onlyIn} {nameB} ({cmp.onlyB.length})</h2>
          <IssueList list={cmp.onlyB} t={t} />
        </section>
      </div>
    </main>
  );
}
