/** The report as Markdown, for tickets and chats. Page text is escaped so it cannot become markup. */
import { CATEGORIES, SEVERITIES } from '../engine/result';
import type { ReportModel } from './model';
import { scoreModel, type Deduction, type ReportScore } from './score';
import { reportStrings } from './strings';

export function mdEscape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, '\\$&').replace(/\r\n?|\n|\u2028|\u2029/g, ' ');
}

/** An autolink for http(s) URLs only; anything else (javascript:, data:) stays inert text. */
function mdUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : `\`${url.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``;
}

function minus(d: Deduction): string {
  return d.points > 0 || d.exact === 0 ? `−${d.points}` : '−<1';
}

export function renderReportMarkdown(model: ReportModel, score: ReportScore = scoreModel(model)): string {
  const t = reportStrings(model.lang);
  const lines: string[] = [];
  const review = score.review;
  const open = SEVERITIES.reduce((n, s) => n + review.counts[s], 0);
  lines.push(`# ${mdEscape(model.title)}`, '');
  if (model.task) lines.push(`**${t.task}:** ${mdEscape(model.task)}  `);
  if (model.reviewer) lines.push(`**${t.reviewer}:** ${mdEscape(model.reviewer)}  `);
  lines.push(`**${t.score}: ${review.score}/100** · **Touchpoints:** ${model.touchpoints.length} · **Open findings:** ${open} (${SEVERITIES.map((s) => `${review.counts[s]} ${s}`).join(', ')})${review.dismissed ? ` · ${review.dismissed} dismissed` : ''} · generated ${model.generatedAt}`, '');
  lines.push(`| ${CATEGORIES.map((c) => t.category(c)).join(' | ')} |`, `|${CATEGORIES.map(() => ' ---: ').join('|')}|`, `| ${CATEGORIES.map((c) => score.categories[c].score).join(' | ')} |`, '');
  if (review.deductions.length) {
    lines.push(`## ${t.topIssues}`, '');
    review.deductions.slice(0, 5).forEach((d, i) => {
      const msg = d.message && d.message !== d.title ? ` — ${mdEscape(d.message)}` : '';
      lines.push(`${i + 1}. **${minus(d)}** · ${d.severity} · ${mdEscape(d.title)}${msg} (${d.touchpointOrder}\\. ${mdEscape(d.touchpointTitle)})`);
    });
    lines.push('');
  }
  if (model.verdict) lines.push(`**${t.verdict}:** ${mdEscape(model.verdict)}`, '');
  model.touchpoints.forEach((tp, i) => {
    const s = score.touchpoints[i]?.score;
    lines.push(`## ${tp.order}\\. ${mdEscape(tp.title || tp.url)}${s ? ` — ${s.score}/100` : ''}`, '', `${mdUrl(tp.url)} · ${mdEscape(tp.pageKind)}`, '');
    if (tp.findings.length === 0) lines.push('No trust friction found.', '');
    const points = new Map(s?.deductions.map((d) => [d.findingId, d]) ?? []);
    for (const f of tp.findings) {
      const status = f.status === 'dismissed' ? ` (dismissed${f.dismissReason ? `: ${mdEscape(f.dismissReason)}` : ''})` : '';
      const d = points.get(f.id);
      lines.push(`- **${f.severity}** · ${f.category} · ${mdEscape(f.title)}${status}${d ? ` · ${minus(d)}` : ''}  `);
      lines.push(`  ${mdEscape(f.message)}`);
      if (f.evidenceText) lines.push(`  > ${mdEscape(f.evidenceText)}`);
      if (f.note) lines.push(`  *Note:* ${mdEscape(f.note)}`);
      if (f.fix) lines.push(`  *Fix:* ${mdEscape(f.fix)}`);
    }
    lines.push('');
  });
  return lines.join('\n');
}
