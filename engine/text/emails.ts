/**
 * E-mail addresses in page text, plain and obfuscated against harvesters:
 * name@example.com, name [at] example [dot] com, name(at)example.com, name @ example . com,
 * name at example dot com (only when the rest clearly reads as an address).
 *
 * Found by scanning for the at-sign (or its spelled forms) and growing the local part to the left and
 * the domain to the right, so the cost is linear in the text and no regular expression backtracks far.
 */

export interface EmailMatch {
  /** The text as written on the page. */
  raw: string;
  /** Lower-case local@domain.tld. */
  email: string;
  /** True when the address was spelled out ([at], (dot), spaces) instead of written plainly. */
  obfuscated: boolean;
  /** Offset of `raw` in the text passed in. */
  index: number;
}

/** At-signs: the character (also fullwidth ＠ and small ﹫), bracketed spellings, and the bare word. */
const AT = /[@＠﹫]|[[({<]\s*(?:at|ät|@|a)\s*[\])}>]|(?<![\p{L}\p{N}])(?:at|AT)(?![\p{L}\p{N}])/gu;

const LOCAL_PLAIN = /[A-Za-z0-9._%+-]+$/;
const BRACKET_DOT = String.raw`\s*[[({<]\s*(?:dot|punkt|point|punto|nokta|\.)\s*[\])}>]\s*`;
/** first [dot] last [at] ...: a local part with spelled-out dots. */
const LOCAL_SPELLED = new RegExp(String.raw`(?:[A-Za-z0-9_%+-]+(?:${BRACKET_DOT}|\s+(?:dot|DOT)\s+|\.))*[A-Za-z0-9_%+-]+$`);
const LABEL = /[A-Za-z0-9\u00c0-\u024f](?:[A-Za-z0-9\u00c0-\u024f-]{0,61}[A-Za-z0-9\u00c0-\u024f])?/y;
const DOT_PLAIN = /\./y;
const DOT_SPELLED = new RegExp(String.raw`${BRACKET_DOT}|\s+(?:dot|DOT|punkt|point|punto|nokta)\s+|\s*[.．]\s*`, 'y');
const SPACE_AT_END = /\s+$/;
const SPACE_AT_START = /^\s+/;

/** Endings of file names that look like addresses: logo@2x.png. */
const FILE_ENDINGS = new Set(
  'png jpg jpeg gif svg webp avif ico bmp tif tiff css js mjs json map mp4 webm mp3 wav pdf html htm php aspx txt xml woff woff2 ttf'.split(' '),
);
/** Generic top-level domains accepted for spelled-out or spaced addresses (besides any two-letter country code). */
const KNOWN_TLDS = new Set('com net org info biz edu gov io app dev shop store online site email asia'.split(' '));
/** Words around a bare "at" that show ordinary prose ("look at this dot com bubble"). */
const PROSE = new Set(
  ('a an the this that these those our your my his her their its it us me him them you we one all ' +
    'least last first best once home work here there look looking looked see meet arrive arrived stay ' +
    'available only sold priced starting starts point times noon night morning').split(' '),
);

function validTld(tld: string, strict: boolean): boolean {
  const t = tld.toLowerCase();
  if (!/^(?:[a-z]{2,24}|xn--[a-z0-9-]{2,59})$/.test(t)) return false;
  if (FILE_ENDINGS.has(t)) return false;
  return !strict || t.length === 2 || KNOWN_TLDS.has(t);
}

interface Domain {
  labels: string[];
  end: number;
  spelled: boolean;
  wordDot: boolean;
}

/** Grows a domain from `start`; the longest prefix whose last label is a valid top-level domain. */
function readDomain(src: string, start: number, allowSpelled: boolean, strict: boolean): Domain | null {
  const labels: string[] = [];
  const ends: number[] = [];
  const spelledAt: boolean[] = [];
  const wordAt: boolean[] = [];
  let pos = start;
  for (;;) {
    LABEL.lastIndex = pos;
    const label = LABEL.exec(src);
    if (!label) break;
    labels.push(label[0]);
    pos = LABEL.lastIndex;
    ends.push(pos);
    const dotRe = allowSpelled ? DOT_SPELLED : DOT_PLAIN;
    dotRe.lastIndex = pos;
    const dot = dotRe.exec(src);
    if (!dot) break;
    spelledAt.push(dot[0] !== '.');
    wordAt.push(/[a-z]/i.test(dot[0]));
    pos = dotRe.lastIndex;
  }
  // A label glued to more word characters is not the end of an address (example.comfort).
  for (let n = labels.length; n >= 2; n--) {
    const end = ends[n - 1] ?? 0;
    const next = src.charAt(end);
    if (next && /[A-Za-z0-9_\u00c0-\u024f]/.test(next)) continue;
    if (!validTld(labels[n - 1] ?? '', strict)) continue;
    return {
      labels: labels.slice(0, n),
      end,
      spelled: spelledAt.slice(0, n - 1).some(Boolean),
      wordDot: wordAt.slice(0, n - 1).some(Boolean),
    };
  }
  return null;
}

/** E-mail addresses in a text, in order, plain and obfuscated. */
export function findEmails(text: string): EmailMatch[] {
  const out: EmailMatch[] = [];
  AT.lastIndex = 0;
  for (let m = AT.exec(text); m; m = AT.exec(text)) {
    const found = readAt(text, m.index, m[0]);
    if (found) {
      out.push(found);
      AT.lastIndex = found.index + found.raw.length;
    }
  }
  return out;
}

function readAt(text: string, atIndex: number, at: string): EmailMatch | null {
  const sign = /^[@＠﹫]$/.test(at);
  const word = /^at$/i.test(at);
  const bracketed = !sign && !word;

  // Left: the local part, after any spaces between it and the at-sign.
  let left = text.slice(Math.max(0, atIndex - 80), atIndex);
  const leftGap = SPACE_AT_END.exec(left)?.[0].length ?? 0;
  left = left.slice(0, left.length - leftGap);
  // Right: the domain, after any spaces.
  const rightStart = atIndex + at.length;
  const rightGap = SPACE_AT_START.exec(text.slice(rightStart, rightStart + 8))?.[0].length ?? 0;

  if (word && (leftGap === 0 || rightGap === 0)) return null;
  // name(a)example.com is a German habit; with spaces "(a)" is just an enumeration.
  if (/^\W\s*a\s*\W$/.test(at) && (at.length !== 3 || leftGap > 0 || rightGap > 0)) return null;
  const spaced = leftGap > 0 || rightGap > 0;
  const plain = sign && !spaced;

  const localMatch = (plain ? LOCAL_PLAIN : LOCAL_SPELLED).exec(left);
  if (!localMatch) return null;
  let localRaw = localMatch[0];
  // Dots cannot start a local part; a word glued before it (e-mail:info@) is cut at the last separator.
  const leadingDots = /^\.+/.exec(localRaw)?.[0].length ?? 0;
  localRaw = localRaw.slice(leadingDots);
  const localSpelled = !/^[A-Za-z0-9._%+-]+$/.test(localRaw);
  const local = localRaw
    .replace(new RegExp(BRACKET_DOT, 'g'), '.')
    .replace(/\s+dot\s+/gi, '.')
    .replace(/\.+$/, '');
  if (!local || local.length > 64 || local.startsWith('.')) return null;

  // name@example dot com: a plain at-sign with spelled dots is read like any spelled address.
  const domain =
    readDomain(text, rightStart + rightGap, !plain, !plain) ??
    (plain ? readDomain(text, rightStart, true, true) : null);
  if (!domain) return null;

  if (word) {
    // "name at example dot com": only with a spelled dot, one-word local part, no prose words.
    if (!domain.wordDot && !domain.spelled) return null;
    if (!/^[A-Za-z0-9._%+-]{2,}$/.test(local)) return null;
    if (PROSE.has(local.toLowerCase()) || domain.labels.some((l) => PROSE.has(l.toLowerCase()))) return null;
    if (domain.labels.length > 4) return null;
  }
  if (spaced && sign && !/^[A-Za-z0-9._%+-]+$/.test(local)) return null;

  const index = atIndex - leftGap - localRaw.length;
  const raw = text.slice(index, domain.end);
  const email = `${local}@${domain.labels.join('.')}`.toLowerCase();
  const obfuscated = !plain || bracketed || localSpelled || domain.spelled || at !== '@';
  return { raw, email, obfuscated, index };
}
