/**
 * The element picker and the "new finding" form, kept out of the review script because only a reviewer
 * who adds a finding needs them (review.js must stay ≤ 60 KB gzipped). Not in the manifest
 * (registration: 'runtime'): the review script asks the background for it ('load-picker') the first time
 * the picker is wanted (popup button, panel button, Alt+Shift+F, context menu), and the background injects
 * it into the same isolated world with scripting.executeScript.
 *
 * It only registers its functions for the review script (api.ts) and keeps no state: everything it adds
 * hangs on what the review script passes in (its ctx.signal, its shadow root), so "Stop review" removes
 * it with the overlay. Injecting it again changes nothing.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PICKER_GLOBAL, type PickerApi } from './api';
import { mountFindingForm } from './form';
import { startPicker } from './picker';
import { saveFinding } from './save';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    const g = globalThis as unknown as Record<string, PickerApi | undefined>;
    g[PICKER_GLOBAL] ??= { startPicker, mountFindingForm, saveFinding };
  },
});
