import { describe, expect, it } from 'vitest';
import { NgramFilter, requiredLiterals } from '../../engine/text/literal-filter';

/** Every text the pattern matches must contain one of its required strings. */
function sound(source: string, texts: string[]): void {
  const req = requiredLiterals(source);
  if (!req) return;
  const re = new RegExp(source);
  for (const t of texts) if (re.test(t)) expect(req.some((r) => t.includes(r)), `${source} on ${JSON.stringify(t)}`).toBe(true);
}

describe('requiredLiterals', () => {
  it.each([
    ['abc', ['abc']],
    ['\\bfoo(?:bar|baz)\\b', ['foobar', 'foobaz']],
    ['ends?', ['end']],
    ['(?<![a-z])sold out(?! soon)', ['sold out']],
    ['\\d+ left', [' left']],
    ['\\d{1,2}:\\d\\d', [':0', ':1', ':2', ':3', ':4', ':5', ':6', ':7', ':8', ':9']],
    ['x|y\\d', null], // one branch is a single common letter
    ['only (?:one|two|\\d+) left|last (?:one|few)', ['only ', 'last one', 'last few']],
    ['(?:foo)*bar?', ['ba']],
    ['در (?:سبد|انبار)', ['در سبد', 'در انبار']],
    ['[a-z][a-z][a-z]', null], // too many combinations, and each part one letter
  ])('%s', (source, expected) => {
    const got = requiredLiterals(source);
    expect(got ? [...got].sort() : got).toEqual(expected ? [...expected].sort() : expected);
  });

  it('finds nothing to require in patterns that can match anything or nothing', () => {
    for (const s of ['a*', '.', '[^a]', 'x?', '(?:foo)?', '(?:foo)*b?', '$', '\\bfoo|\\w+']) expect(requiredLiterals(s), s).toBeNull();
  });

  it('gives up (null) on syntax it does not know instead of guessing', () => {
    for (const s of ['(?<name>a)\\k<name>', '\\p{L}', '(a', 'a)', '[a']) expect(requiredLiterals(s), s).toBeNull();
  });

  it('expands classes, escapes and optional parts', () => {
    expect(requiredLiterals('gr[ae]y')?.sort()).toEqual(['gray', 'grey']);
    expect(requiredLiterals('\\u0041\\x42c')).toEqual(['ABc']);
    expect(requiredLiterals("don'?t")?.sort()).toEqual(["don't", 'dont']);
    expect(requiredLiterals('a\\.b')).toEqual(['a.b']);
    expect(requiredLiterals('x{2}yz')).toEqual(['yz']);
  });

  it('is sound on tricky patterns', () => {
    const texts = ['', 'ab', 'end', 'endless', 'gray', 'grey', 'grxy', 'a.b', 'aXb', 'x y', 'xxyz', 'reste  2', 'reste 2', 'reste que 2',
      '12:30', '1 2', 'only 3 left', 'last few', 'زمان ۱۲', 'در سبد', 'i dont', "i don't", 'idont', 'ido nt', 'a\nb'];
    for (const s of ['\\bend\\b', 'gr[ae]y', 'a.b', 'x\\s?y', 'x{2}yz', 'reste (?:que)? \\d', '\\d{1,2}:\\d\\d', '\\d \\d',
      'only (?:one|two|\\d+) left|last (?:one|few)', 'در (?:سبد|انبار)', "\\bi ?(?:do ?n'?t|never)", 'a[^x]b', '(?=a)ab|(?!c)x{0,3}y'])
      sound(s, texts);
  });
});

describe('NgramFilter', () => {
  const sets = [['left', 'remaining'], ['5'], ['ab'], ['زمان', 'فقط'], ['€ off'], ['日本語'], null, ['left']];
  const f = new NgramFilter(sets);

  it('never rules out a set one of whose strings is in the text', () => {
    const texts = ['only 2 left', 'remaining', '5', 'xab', 'فقط ۲', 'زمان', '10 € off', 'in 日本語', 'LEFT', 'lef t', 'a', '', 'tfel', 'ba'];
    for (const t of texts) {
      f.scan(t);
      sets.forEach((set, i) => {
        if (set?.some((s) => t.includes(s))) expect(f.mayContain(i), `${i} in ${t}`).toBe(true);
      });
    }
  });

  it('rules out sets whose strings are absent', () => {
    f.scan('nothing here');
    expect([0, 1, 2, 3, 4, 5, 7].map((i) => f.mayContain(i))).toEqual([false, false, false, false, false, false, false]);
    f.scan('left');
    expect(f.mayContain(0)).toBe(true);
    expect(f.mayContain(7)).toBe(true); // the same string in two sets
    expect(f.mayContain(1)).toBe(false);
    f.scan('tfel'); // same letters, other order
    expect(f.mayContain(0)).toBe(false);
  });

  it('stays sound with more than 127 distinct characters and characters past U+07FF', () => {
    const chars = Array.from({ length: 300 }, (_, k) => String.fromCharCode(0x100 + k));
    const many = chars.map((c, k) => c + chars[(k * 7) % 300] + 'x');
    const g = new NgramFilter([many, ['€€'], ['\u4e00\u4e01\u4e02']]);
    for (const t of [many.join(' '), many[150]!, 'a€€b', '\u4e00\u4e01\u4e02', many[299]! + '€€']) {
      g.scan(t);
      if (many.some((s) => t.includes(s))) expect(g.mayContain(0)).toBe(true);
      if (t.includes('€€')) expect(g.mayContain(1)).toBe(true);
      if (t.includes('\u4e00\u4e01\u4e02')) expect(g.mayContain(2)).toBe(true);
    }
  });

  it('is sound on random texts', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const alphabet = 'abcdeflort ۱۲زما€';
    const word = (n: number) => Array.from({ length: n }, () => alphabet[rnd(alphabet.length)]).join('');
    const rsets = Array.from({ length: 40 }, () => Array.from({ length: 1 + rnd(4) }, () => word(1 + rnd(5))));
    const g = new NgramFilter(rsets);
    for (let k = 0; k < 2000; k++) {
      const t = word(rnd(40));
      g.scan(t);
      rsets.forEach((set, i) => {
        if (set.some((s) => t.includes(s))) expect(g.mayContain(i)).toBe(true);
      });
    }
  });
});

describe('NgramFilter exactness', () => {
  it('says "may contain" only when a string of the set is in the text', () => {
    let seed = 11;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const alphabet = 'abcdeflort ۱۲زما€';
    const word = (n: number) => Array.from({ length: n }, () => alphabet[rnd(alphabet.length)]).join('');
    const rsets = Array.from({ length: 40 }, () => Array.from({ length: 1 + rnd(4) }, () => word(1 + rnd(6))));
    rsets.push(['']);
    const g = new NgramFilter(rsets);
    for (let k = 0; k < 2000; k++) {
      const t = word(rnd(40));
      g.scan(t);
      rsets.forEach((set, i) => expect(g.mayContain(i), `${i} in ${t}`).toBe(set.some((s) => t.includes(s))));
    }
  });
});
