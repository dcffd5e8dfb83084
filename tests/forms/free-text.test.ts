import { describe, expect, it } from 'vitest';
import { inferPurpose } from '../../engine/forms/purpose';

const field = (name: string, label: string) => ({ tag: 'input', type: 'text', name, id: name, autocomplete: '', label, placeholder: '' });

describe('free-text boxes whose label is a sentence', () => {
  it('are comments, whatever the sentence mentions', () => {
    expect(inferPurpose(field('comment', 'More information for the store or transport company (optional)'))).toBe('other');
    expect(inferPurpose(field('bemerkung', 'Hinweise für den Paketboten zur Lieferadresse oder zum Namen'))).toBe('other');
    expect(inferPurpose(field('yorum', 'Kargo firması için teslimat adresi ile ilgili notunuz'))).toBe('other');
  });
  it('do not hide real fields with short labels', () => {
    expect(inferPurpose(field('company', 'Company name'))).toBe('organization');
    expect(inferPurpose(field('note', 'Company'))).toBe('organization');
  });
});
