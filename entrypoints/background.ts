/** Routing only: inject the review script on demand, save scans, relay stop/rescan to the page. */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ToBackground } from '../storage/protocol';
import '../storage/zod-config';
import { handleMessage, injectReview, scanActiveTab } from '../storage/router';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = ToBackground.safeParse(raw);
    if (!msg.success) return undefined;
    return handleMessage(msg.data, sender.tab?.id ?? null);
  });

  browser.commands?.onCommand.addListener((command) => {
    if (command === 'scan-page') void scanActiveTab();
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus?.create({ id: 'trustlens-scan', title: 'Scan this page for the Trustlens review', contexts: ['page'] });
  });
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'trustlens-scan' && tab?.id !== undefined) void injectReview(tab.id);
  });
});
