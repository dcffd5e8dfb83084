import { describe, expect, it } from 'vitest';
import { groupOf, predictPage, scorePurposes, stripAnswerKey } from '../../cli/eval-forms';

describe('eval-forms scoring', () => {
  it('maps both vocabularies into groups', () => {
    expect(groupOf('tel-national')).toBe('tel');
    expect(groupOf('address-housenumber')).toBe('address');
    expect(groupOf('floor')).toBe('address');
    expect(groupOf('cc-exp-month')).toBe('cc');
    expect(groupOf('new-password')).toBe('password');
    expect(groupOf('honorific-prefix')).toBe('name');
    expect(groupOf('other')).toBe('other');
  });
  it('counts tp, fp and fn per group and overall', () => {
    const r = scorePurposes([
      { truth: 'given-name', pred: 'name' },
      { truth: 'postal-code', pred: 'address-level2' },
      { truth: 'tel', pred: 'other' },
      { truth: 'other', pred: 'email' },
      { truth: 'other', pred: 'current-password' },
      { truth: 'other', pred: 'other' },
    ]);
    expect(r.groups.name).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.groups.address).toMatchObject({ tp: 1, recall: 1, precision: 1 });
    expect(r.groups.tel).toMatchObject({ tp: 0, fn: 1, recall: 0 });
    expect(r.groups.email).toMatchObject({ fp: 1, precision: 0 });
    expect(r.overall).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(r.unscored).toBe(1);
  });
  it('removes the answer key before parsing', async () => {
    const html = stripAnswerKey('<form><label for="a">Ad</label><input id="a" data-moz-autofill-type="given-name"><input data-moz-autofill-type=\'email\'></form>');
    expect(html).not.toContain('data-moz-autofill-type');
    const { all, predicted, close } = await predictPage(html);
    expect(all).toHaveLength(2);
    expect(predicted.get(all[0]!)?.purpose).toBe('name');
    await close();
  });
});
