/** Words of a language's script in a text (shared by readability and detectors that count words). */
const WORD_LATIN = /\p{Script=Latin}[\p{Script=Latin}\p{M}]*(?:['’\-‐][\p{Script=Latin}\p{M}]+)*/gu;
const WORD_ARABIC = /\p{Script=Arabic}[\p{Script=Arabic}\p{M}\u200C]*/gu;

export function words(text: string, lang: string): string[] {
  const re = lang.toLowerCase().startsWith('fa') ? WORD_ARABIC : WORD_LATIN;
  re.lastIndex = 0;
  // Arabic-script digits are in \p{Script=Arabic}; drop tokens without letters.
  return (text.match(re) ?? []).filter(isWord);
}

/** A token with a letter that is not all Arabic-script digits (one starting with an ASCII letter is one). */
function isWord(w: string): boolean {
  const c = w.charCodeAt(0) | 0x20;
  if (c >= 0x61 && c <= 0x7a) return true;
  return /\p{L}/u.test(w) && !/^[\u0660-\u0669\u06F0-\u06F9]+$/.test(w);
}


/** words(text, lang).length, counting no further than `max` (a caller that needs "at least n" stops there). */
export function countWords(text: string, lang: string, max = Infinity): number {
  const re = lang.toLowerCase().startsWith('fa') ? WORD_ARABIC : WORD_LATIN;
  re.lastIndex = 0;
  let n = 0;
  for (let m: RegExpExecArray | null; n < max && (m = re.exec(text)); ) {
    if (isWord(m[0])) n++;
  }
  re.lastIndex = 0;
  return n;
}
