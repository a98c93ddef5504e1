/**
 * The one door to extension APIs: every context imports `browser` from here, so that Chrome/Firefox
 * differences stay in this adapter layer (see style.md §9).
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';
