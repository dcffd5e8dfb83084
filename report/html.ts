/** A self-contained HTML report: no script, no external request, a strict CSP that forbids both. */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { Report, REPORT_CSS } from '../components/Report';
import type { ReportModel } from './model';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function escapeText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function renderReportHtml(model: ReportModel): string {
  const body = renderToString(h(Report, { model }));
  const dir = model.lang.startsWith('fa') || model.lang.startsWith('ar') ? 'rtl' : 'ltr';
  return `<!doctype html>
<html lang="${escapeText(model.lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Trustlens">
<title>${escapeText(model.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
