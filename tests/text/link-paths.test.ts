import { describe, expect, it } from 'vitest';
import { plainPathAndSearch } from '../../engine/lexicon/legal';

/** What linkNames read before plainPathAndSearch: the URL parser's path and query. */
function viaUrl(h: string): string | null {
  try {
    const u = new URL(h, 'https://page.invalid/');
    return u.pathname + ' ' + u.search;
  } catch {
    return null;
  }
}

describe('plainPathAndSearch: the URL parser\'s pathname and search without a URL object', () => {
  it('reads plain absolute and root-relative hrefs', () => {
    expect(plainPathAndSearch('https://shop.example.de/datenschutz?x=1#top')).toBe('/datenschutz ?x=1');
    expect(plainPathAndSearch('HTTP://a.b')).toBe('/ ');
    expect(plainPathAndSearch('/help/contact-us')).toBe('/help/contact-us ');
    expect(plainPathAndSearch('?')).toBe('/ ');
    expect(plainPathAndSearch('#privacy')).toBe('/ ');
    expect(plainPathAndSearch('/a%C3%BC?q=%20')).toBe('/a%C3%BC ?q=%20');
  });

  it('leaves to the parser what it would change or reject', () => {
    for (const h of ['//cdn.example.com/x', 'privacy.html', './x', '/a/../b', '/%2e%2e/x', '/a b', '/a\\b', 'https://a.com:8080/x',
      'https://user@a.com/x', 'https://1.2.3.999/x', 'https://a.0x1f/', 'https://xn--bcher-kva.de/', 'https://-a.com/', 'https:///x',
      'mailto:a@b.c', 'https://bücher.de/', '/ü']) {
      expect(plainPathAndSearch(h), h).toBeNull();
    }
  });

  it('agrees with the parser on generated hrefs whenever it answers', () => {
    const parts = ['https://', 'http://', '/', '//', '?', '#', '.', '..', '%2e', '%2E', '%', '%41', '%C3%BC', '%zz', 'a', 'Z', '0', '-', '_', '~',
      ':', '@', '&', '=', '+', ',', ';', '!', '$', '(', ')', '*', 'xn--', 'example', 'com', '123', '0x1f', '1.2.3.4', 'www.', '.com', ':80'];
    const starts = ['https://', 'http://', '/', '?', '#', 'https://www.shop.de', 'http://a.b', ''];
    let seed = 11;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) >>> 8) % n;
    const seen = new Set<string>();
    let answered = 0;
    for (let i = 0; i < 100_000; i++) {
      let h = starts[rnd(starts.length)]!;
      for (let k = 1 + rnd(8); k > 0; k--) h += parts[rnd(parts.length)]!;
      if (seen.has(h)) continue;
      seen.add(h);
      const plain = plainPathAndSearch(h);
      if (plain === null) continue;
      answered++;
      expect(plain, h).toBe(viaUrl(h));
    }
    expect(answered).toBeGreaterThan(10_000);
  });
});
