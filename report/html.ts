/**
 * A self-contained HTML report: no script, no external request, a strict CSP that forbids both.
 * Everything (styles, category bars, screenshots) is inline; images only as data: URLs.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { Report, REPORT_CSS } from '../components/Report';
import type { ReportModel } from './model';
import type { ReportScore } from './score';
import { isRtl } from './strings';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function escapeText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A language tag safe for the lang attribute (page-derived text never reaches it unchecked). */
function langTag(lang: string): string {
  return /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : 'en';
}

/** The document shell shared by the report and the comparison. `body` is already-escaped markup. */
export function htmlDocument(opts: { lang: string; title: string; body: string; css?: string }): string {
  const lang = langTag(opts.lang);
  return `<!doctype html>
<html lang="${lang}" dir="${isRtl(lang) ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Trustlens">
<title>${escapeText(opts.title)}</title>
<style>${opts.css ?? REPORT_CSS}</style>
</head>
<body>
${opts.body}
</body>
</html>
`;
}

export function renderReportHtml(model: ReportModel, score?: ReportScore): string {
  return htmlDocument({ lang: model.lang, title: model.title, body: renderToString(h(Report, { model, score })) });
}
