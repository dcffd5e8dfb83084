/**
 * The popup's exports, loaded only when the reviewer clicks Export: the JSON schema and the HTML report
 * renderer (report model, Preact render-to-string, report CSS) are most of the popup's code otherwise,
 * and every popup opening would parse them.
 */
import { downloadText, fileSafe } from '../../components/download';
import { getReviewBundle, type ReviewBundle } from '../../storage/reviews';
import { buildExport } from '../../storage/export';
import { modelFromBundle } from '../../report/model';
import { renderReportHtml } from '../../report/html';

async function bundleOrThrow(id: string): Promise<ReviewBundle> {
  const bundle = await getReviewBundle(id);
  if (!bundle) throw new Error('This review no longer exists.');
  return bundle;
}

export async function exportJson(id: string): Promise<void> {
  const bundle = await bundleOrThrow(id);
  downloadText(`trustlens-${fileSafe(bundle.review.site)}.json`, JSON.stringify(buildExport(bundle), null, 2), 'application/json');
}

export async function exportHtml(id: string, locale: string): Promise<void> {
  const bundle = await bundleOrThrow(id);
  downloadText(`trustlens-${fileSafe(bundle.review.site)}.html`, renderReportHtml(modelFromBundle(bundle, locale)), 'text/html');
}
