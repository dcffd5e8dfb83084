/**
 * What the picker script (this directory) offers the review script. Both run in the extension's isolated
 * world of the page, so the picker script leaves its functions on that world's global under PICKER_GLOBAL
 * and the review script picks them up there (the page's own scripts cannot see them). The review script
 * imports only this file's types and the name, never the picker code: that stays out of review.js.
 */
import type { ManualReply } from '../../storage/protocol-content';
import type { DraftForm, FindingFormOptions } from './form';
import type { Picked, PickerOptions } from './picker';

export type { DraftForm, OverlayDraft, FindingFormOptions } from './form';
export type { Picked, PickerOptions } from './picker';

export const PICKER_GLOBAL = '__trustlensPicker';

export interface PickerApi {
  /** Starts the element picker; returns a function that stops it without picking. */
  startPicker(opts: PickerOptions): () => void;
  /** Fills `slot` (in the panel) with the finding form for the picked element; returns a function that empties it. */
  mountFindingForm(slot: HTMLElement, opts: FindingFormOptions): () => void;
  /** Sends the finding to the background, which takes the screenshot while `host` (the overlay) is hidden. */
  saveFinding(picked: Picked, form: DraftForm, host: HTMLElement): Promise<ManualReply>;
}
