/** The report as Markdown, for tickets and chats. Page text is escaped so it cannot become markup. */
import type { ReportModel } from './model';

export function mdEscape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

export function renderReportMarkdown(model: ReportModel): string {
  const lines: string[] = [];
  const open = model.touchpoints.flatMap((t) => t.findings).filter((f) => f.status === 'open');
  lines.push(`# ${mdEscape(model.title)}`, '');
  if (model.task) lines.push(`**Task:** ${mdEscape(model.task)}  `);
  if (model.reviewer) lines.push(`**Reviewer:** ${mdEscape(model.reviewer)}  `);
  lines.push(`**Touchpoints:** ${model.touchpoints.length} · **Open findings:** ${open.length} · generated ${model.generatedAt}`, '');
  for (const t of model.touchpoints) {
    lines.push(`## ${t.order}. ${mdEscape(t.title || t.url)}`, '', `<${t.url.replace(/[<>\s]/g, encodeURIComponent)}> · ${t.pageKind}`, '');
    if (t.findings.length === 0) lines.push('No trust friction found.', '');
    for (const f of t.findings) {
      const status = f.status === 'dismissed' ? ` (dismissed: ${mdEscape(f.dismissReason)})` : '';
      lines.push(`- **${f.severity}** · ${f.category} · ${mdEscape(f.title)}${status}  `);
      lines.push(`  ${mdEscape(f.message)}`);
      if (f.evidenceText) lines.push(`  > ${mdEscape(f.evidenceText)}`);
      if (f.fix) lines.push(`  *Fix:* ${mdEscape(f.fix)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
