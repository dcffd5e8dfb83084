// @vitest-environment happy-dom
/** readStepIndicator's list path: aria-current="step" found through the reflected property or the attribute. */
import { describe, expect, it } from 'vitest';
import '../../engine/services-full';
import { buildPageContext } from '../../engine/page';
import { readStepIndicator } from '../../engine/text/steps';

const LIST = '<main><ol><li>Cart</li><li>Address</li><li aria-current="step">Shipping</li><li>Payment</li></ol></main>';

describe('readStepIndicator from a step list', () => {
  it('finds the current step of a list', () => {
    document.body.innerHTML = LIST;
    const found = readStepIndicator(buildPageContext(document, { url: 'https://shop.example/checkout' }));
    expect(found).toMatchObject({ current: 3, total: 4, text: 'Cart › Address › Shipping › Payment' });
  });

  it('reads the attribute where ariaCurrent is not reflected (or a control shadows it)', () => {
    document.body.innerHTML = LIST;
    for (const li of Array.from(document.querySelectorAll('li'))) {
      Object.defineProperty(li, 'ariaCurrent', { value: li.getAttribute('aria-current') ? document.createElement('input') : undefined, configurable: true });
    }
    const found = readStepIndicator(buildPageContext(document, { url: 'https://shop.example/checkout' }));
    expect(found).toMatchObject({ current: 3, total: 4 });
  });

  it('is null without a step list', () => {
    document.body.innerHTML = '<main><ol><li>Red</li><li>Blue</li></ol></main>';
    expect(readStepIndicator(buildPageContext(document, { url: 'https://shop.example/' }))).toBeNull();
  });
});
