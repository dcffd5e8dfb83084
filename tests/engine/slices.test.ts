// @vitest-environment happy-dom
/**
 * Work that pauses: the shared pressure and countdown analyses and the chat-widget search are generators so a
 * huge page is scanned in slices. They must pause on a big page, give the same answer as the one-go call, and
 * the audit must run a detector's `prepare` before its `evaluate`.
 */
import { describe, expect, it } from 'vitest';
import '../../engine/services-full';
import { buildPageContext } from '../../engine/page';
import { pressureHits, pressureHitsSteps } from '../../engine/text/pressure-hits';
import { countdownsOf, countdownsSteps } from '../../engine/text/countdown';
import { firstChatWidget, firstChatWidgetSteps } from '../../engine/contact/extract';
import { runAuditWithContext } from '../../engine/run-audit';
import { defineDetector } from '../../engine/detectors/types';
import { drain } from '../../engine/slices';

function bigPage(): void {
  const parts: string[] = [];
  for (let i = 0; i < 1500; i++) {
    if (i === 700) parts.push('<p>Only 2 left in stock!</p><div class="countdown">02:14:33</div><p>Hurry, offer ends soon</p>');
    parts.push(`<p>Plain paragraph number ${i} about shipping and returns.</p>`);
  }
  parts.push('<a href="/x">Only 3 left - order now</a><button>Buy now</button>');
  document.body.innerHTML = parts.join('');
}

/** Steps a generator to the end, counting its pauses. */
function count<T>(g: Generator<void, T, void>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const r = g.next();
    if (r.done) return { value: r.value, pauses };
    pauses++;
  }
}

describe('sliced shared analyses', () => {
  it('pressureHitsSteps pauses on a big page and answers as pressureHits does', () => {
    bigPage();
    const sliced = count(pressureHitsSteps(buildPageContext(document)));
    expect(sliced.pauses).toBeGreaterThan(3);
    const once = pressureHits(buildPageContext(document));
    expect(sliced.value.map((h) => [h.text, h.category])).toEqual(once.map((h) => [h.text, h.category]));
    expect(once.map((h) => h.category)).toContain('scarcity');
  });

  it('countdownsSteps pauses and finds the same timers; the answer is cached for the context', () => {
    bigPage();
    const ctx = buildPageContext(document);
    const sliced = count(countdownsSteps(ctx));
    expect(sliced.pauses).toBeGreaterThan(3);
    expect(sliced.value.timers.map((t) => t.time)).toEqual(['02:14:33']);
    expect(countdownsOf(ctx)).toBe(sliced.value);
    expect(countdownsOf(buildPageContext(document)).timers.map((t) => t.time)).toEqual(['02:14:33']);
    // A second generator on the same context returns the cached answer without pausing.
    expect(count(countdownsSteps(ctx)).pauses).toBe(0);
  });

  it('firstChatWidgetSteps pauses between selectors and finds what firstChatWidget finds', () => {
    document.body.innerHTML = '<div><p>Hello</p></div><div id="intercom-container"></div>';
    const sliced = count(firstChatWidgetSteps(document));
    expect(sliced.value?.id).toBe('intercom-container');
    expect(firstChatWidget(document)).toBe(sliced.value);
    document.body.innerHTML = '<p>No chat here</p>';
    const none = count(firstChatWidgetSteps(document));
    expect(none.value).toBeNull();
    expect(none.pauses).toBeGreaterThan(3);
  });

  it('the audit runs prepare (after applies) before evaluate, and not for a detector that does not apply', () => {
    document.body.innerHTML = '<p>Text</p>';
    const order: string[] = [];
    const meta = { category: 'pressure', severity: 'minor', title: { en: 't' }, why: { en: 'w' }, fix: { en: 'f' }, messages: { m: { en: 'm' } } } as const;
    const probe = (id: string, applies: boolean) =>
      defineDetector({
        meta: { ...meta, id },
        applies: () => (order.push(`${id}:applies`), applies),
        *prepare() {
          order.push(`${id}:prepare`);
          yield;
          order.push(`${id}:prepared`);
        },
        evaluate: () => (order.push(`${id}:evaluate`), []),
      });
    runAuditWithContext(document, { detectors: [probe('a', true), probe('b', false)] });
    expect(order).toEqual(['a:applies', 'a:prepare', 'a:prepared', 'a:evaluate', 'b:applies']);
  });

  it('drain runs a generator to its value', () => {
    function* g(): Generator<void, number, void> {
      yield;
      yield;
      return 7;
    }
    expect(drain(g())).toBe(7);
  });
});
