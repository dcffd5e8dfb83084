/** The content script's message checks: accept what the background sends, name the first problem otherwise. */
import { describe, expect, it } from 'vitest';
import { Ack, ManualReply, PanelStrings, ScanReply, ServiceAnswers, ToContent } from '../../storage/protocol-content';

const finding = { id: 'f1', detector: 'long-form', category: 'forms', severity: 'serious', selector: '#co', title: 'T', message: 'M', status: 'open', why: 'W', fix: 'F' };

describe('content-script message checks', () => {
  it('accepts the messages the background sends', () => {
    expect(ToContent.parse({ type: 'pick', atContextTarget: true })).toEqual({ type: 'pick', atContextTarget: true });
    expect(ToContent.parse({ type: 'stop', extra: 1 })).toEqual({ type: 'stop' });
    expect(ScanReply.parse({ ok: true, reviewId: 'r', touchpointId: 't', findings: [finding, { ...finding, id: 'f2', selector: null, why: undefined }] })).toMatchObject({ ok: true, findings: [{ id: 'f1' }, { id: 'f2', selector: null }] });
    expect(ScanReply.parse({ ok: false, error: 'full disk' })).toEqual({ ok: false, error: 'full disk' });
    expect(ManualReply.parse({ ok: true, finding, screenshot: false, screenshotError: 'denied' })).toMatchObject({ screenshotError: 'denied' });
    expect(ServiceAnswers.parse({ answers: [null, 'de', []] }).answers).toHaveLength(3);
    expect(PanelStrings.parse({ strings: { show: 'Zeigen', hide: 'Ausblenden' }, css: '.tl-root{}' })).toEqual({ strings: { show: 'Zeigen', hide: 'Ausblenden' }, css: '.tl-root{}' });
    expect(Ack.parse({ ok: true, extra: 1 })).toEqual({ ok: true });
    expect(Ack.parse({ ok: false, error: 'not a review tab' })).toEqual({ ok: false, error: 'not a review tab' });
  });

  it('names the first problem of a malformed message', () => {
    expect(ToContent.safeParse({ type: 'eval' })).toEqual({ success: false, error: expect.stringMatching(/^\(message\)\.type: expected one of stop/) });
    expect(ToContent.safeParse(null).success).toBe(false);
    expect(() => ScanReply.parse({ ok: true, reviewId: 'r', touchpointId: 't', findings: [{ ...finding, severity: 'apocalyptic' }] })).toThrow(/findings\.0\.severity: expected one of/);
    expect(() => ScanReply.parse({ ok: true, reviewId: 'r', touchpointId: 't', findings: 'all' })).toThrow(/findings: expected a list/);
    expect(() => ManualReply.parse({ ok: true, finding: { ...finding, title: 5 }, screenshot: true })).toThrow(/finding\.title: expected a string/);
    expect(() => ServiceAnswers.parse({ answers: {} })).toThrow(/answers: expected a list/);
    expect(() => PanelStrings.parse({ strings: { show: 1 }, css: '' })).toThrow(/strings\.show: expected a string/);
    expect(() => PanelStrings.parse({ strings: { show: 'Show' } })).toThrow(/css: expected a string/);
    expect(() => PanelStrings.parse({ strings: ['Show'] })).toThrow(/strings: expected an object/);
    expect(() => Ack.parse({ ok: false })).toThrow(/error: expected a string/);
  });

  it('never copies unknown keys such as __proto__ into what it returns', () => {
    const hostile = JSON.parse('{"ok":true,"reviewId":"r","touchpointId":"t","findings":[],"__proto__":{"polluted":1}}');
    const parsed = ScanReply.parse(hostile) as Record<string, unknown>;
    expect(Object.keys(parsed).sort()).toEqual(['findings', 'ok', 'reviewId', 'touchpointId']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const strings = PanelStrings.parse(JSON.parse('{"strings":{"show":"S","__proto__":{"polluted":1}},"css":""}')).strings;
    expect(Object.keys(strings)).toEqual(['show']);
    expect(Object.getPrototypeOf(strings)).toBe(Object.prototype);
  });
});
