/** Routing only: inject the review script on demand, save scans, relay stop/rescan to the page. */
import { browser } from 'wxt/browser';
import { createI18n } from '@wxt-dev/i18n';
import { defineBackground } from 'wxt/utils/define-background';
import { ToBackground } from '../storage/protocol';
import '../storage/zod-config';
import { handleMessage, injectReview, pickInActiveTab, scanActiveTab, selectNextFinding } from '../storage/router';

export default defineBackground(() => {
  const i18n = createI18n();
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = ToBackground.safeParse(raw);
    if (!msg.success) return undefined;
    return handleMessage(msg.data, sender.tab?.id ?? null);
  });

  browser.commands?.onCommand.addListener((command) => {
    if (command === 'scan-page') void scanActiveTab();
    if (command === 'add-finding') void pickInActiveTab().catch(() => undefined);
    if (command === 'next-finding') void selectNextFinding();
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus?.create({ id: 'trustlens-scan', title: i18n.t('menuScan') || 'Scan this page for the Trustlens review', contexts: ['page'] });
    browser.contextMenus?.create({ id: 'trustlens-add-finding', title: i18n.t('menuAddFinding') || 'Add trust finding here', contexts: ['all'] });
  });
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'trustlens-scan' && tab?.id !== undefined) void injectReview(tab.id);
    if (info.menuItemId === 'trustlens-add-finding' && tab?.id !== undefined) void pickInActiveTab(true, tab.id).catch(() => undefined);
  });
});
