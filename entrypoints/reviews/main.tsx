/** The full review page: wiring only (components/ReviewPage.tsx holds the logic). */
import { render } from 'preact';
import { ReviewPage, REVIEW_PAGE_CSS } from '../../components/ReviewPage';
import { readLocaleChoice, useUiLocale } from '../../components/ui-locale';
import '../../storage/zod-config';

function reviewFromHash(): string | null {
  return new URLSearchParams(location.hash.slice(1)).get('review');
}

async function main() {
  const style = document.createElement('style');
  style.textContent = REVIEW_PAGE_CSS;
  document.head.append(style);
  const initial = await readLocaleChoice();
  function Root() {
    const ui = useUiLocale(initial);
    document.title = ui.t('reviewPageTitle');
    return (
      <ReviewPage
        locale={ui.locale}
        chosenLocale={ui.chosen}
        t={ui.t}
        setLocale={ui.setLocale}
        initialReviewId={reviewFromHash()}
        onSelectReview={(id) => history.replaceState(null, '', id ? `#review=${encodeURIComponent(id)}` : '#')}
      />
    );
  }
  render(<Root />, document.getElementById('app')!);
}

void main();
