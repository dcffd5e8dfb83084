import { describe, expect, it } from 'vitest';
import '../../engine/services-full';
import { buildPageContext } from '../../engine/page';
import { errorElements } from '../../engine/detectors/form-jargon';
import { ERROR_CANDIDATES, ERROR_SELECTOR } from '../../engine/lexicon/form-words';
import { parse } from '../forms/helpers';

/** What errorElements replaces: the selector query over the form, first 40. */
const byQuery = (root: Element): Element[] =>
  Array.from(root.querySelectorAll(ERROR_CANDIDATES)).filter((x) => x.matches(ERROR_SELECTOR)).slice(0, 40);

describe('form-jargon errorElements', () => {
  it('lists what the ERROR_SELECTOR query lists, in order, without shadow content and scripts', () => {
    const doc = parse(`<body><p class="error">before</p>
      <form id="f"><label>Name <input name="n"></label>
        <div class="field has-error"><span class="msg" role="alert">Required</span><em id="name-error">Bad</em></div>
        <div aria-live="polite" class="invalid-feedback">x</div><p class="carrot">no</p>
        <div id="host"></div><script class="error"></script><div class="Fehler">f</div>
      </form><script></script><p class="error">after</p></body>`);
    const host = doc.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<span class="error">shadow</span>';
    const ctx = buildPageContext(doc);
    const root = doc.getElementById('f')!;
    const got = errorElements(root, ctx);
    expect(got).toEqual(byQuery(root).filter((e) => e.tagName !== 'SCRIPT'));
    expect(got.map((e) => e.textContent)).toEqual(['RequiredBad', 'Required', 'Bad', 'x']);
  });

  it('stops at 40, as the query did', () => {
    const doc = parse(`<body><form id="f"><input name="a">${'<i class="error">e</i><b role="alert">r</b>'.repeat(30)}</form></body>`);
    const ctx = buildPageContext(doc);
    const root = doc.getElementById('f')!;
    expect(errorElements(root, ctx)).toEqual(byQuery(root));
  });
});
