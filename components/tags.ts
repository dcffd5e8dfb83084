/** Tags as the reviewer typed them ("slow, trust,  checkout"): trimmed, unique, non-empty, at most 30. */
export function parseTags(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[,،\n]/)) {
    const t = raw.trim().slice(0, 60);
    if (t && !out.includes(t)) out.push(t);
  }
  return out.slice(0, 30);
}
