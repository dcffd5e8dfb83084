// @vitest-environment happy-dom
/**
 * Regions of the page walk: a landmark tag or role opens a region; an id or class naming a footer opens one
 * too (in any case), found through one footer-candidate query per document or shadow root.
 */
import { describe, expect, it } from 'vitest';
import { buildPageContext } from '../../engine/page';

function regionsOf(html: string, setup?: (doc: Document) => void): Record<string, string> {
  document.body.innerHTML = html;
  setup?.(document);
  const ctx = buildPageContext(document);
  const out: Record<string, string> = {};
  for (const el of ctx.elements) {
    const name = el.getAttribute('data-n');
    if (name) out[name] = ctx.region(el);
  }
  return out;
}

describe('page regions', () => {
  it('tags and roles open regions; children inherit them', () => {
    expect(
      regionsOf(`<header data-n="h"><p data-n="hp">x</p></header><nav data-n="n"></nav><main data-n="m"><div role="contentinfo" data-n="ci"><span data-n="cis">x</span></div></main>
        <aside data-n="a"></aside><div role="dialog" data-n="d"></div><footer data-n="f"></footer><p data-n="o">x</p>`),
    ).toEqual({ h: 'header', hp: 'header', n: 'nav', m: 'main', ci: 'footer', cis: 'footer', a: 'aside', d: 'dialog', f: 'footer', o: 'other' });
  });

  it('a footer id or class opens a footer in any case; near misses do not', () => {
    expect(
      regionsOf(`<div class="site-footer" data-n="a"><p data-n="ap">x</p></div><div id="FOOTER" data-n="b"></div><div class="x Footer_links" data-n="c"></div>
        <div class="sitefooter" data-n="d"></div><div class="footnote" data-n="e"></div><div class="prefooter" data-n="f"></div><div id="page-footer-2" data-n="g"></div>
        <main data-n="m"><div class="footer" data-n="mf"></div></main>`),
    ).toEqual({ a: 'footer', ap: 'footer', b: 'footer', c: 'footer', d: 'footer', e: 'other', f: 'other', g: 'footer', m: 'main', mf: 'footer' });
  });

  it('finds footer names inside an open shadow root', () => {
    const r = regionsOf('<div id="host" data-n="host"></div>', (doc) => {
      const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
      root.innerHTML = '<div class="Shop-Footer" data-n="sf"><a href="/c" data-n="sfa">Contact</a></div><div class="body" data-n="sb"></div>';
    });
    expect(r).toEqual({ host: 'other', sf: 'footer', sfa: 'footer', sb: 'other' });
  });
});
