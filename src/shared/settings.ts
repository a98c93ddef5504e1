/**
 * The reader's choices, kept in extension storage so every context sees the same: which layers show,
 * and per site whether Lede annotates on its own, only when asked, or never.
 */
import { browser } from './browser.ts';
import { ALL_LAYERS_ON, LAYERS, type Layer } from './layers.ts';

export type SiteMode = 'on' | 'ask' | 'off';

export interface Settings {
  layers: Record<Layer, boolean>;
  sites: Record<string, SiteMode>;
}

export const DEFAULT_SETTINGS: Settings = { layers: ALL_LAYERS_ON, sites: {} };

/** Settings from storage, repaired field by field: a damaged value falls back to its default. */
export function normalizeSettings(raw: Record<string, unknown>): Settings {
  const layers = { ...ALL_LAYERS_ON };
  const rl = raw.layers;
  if (rl && typeof rl === 'object') for (const l of LAYERS) if (typeof (rl as Record<string, unknown>)[l] === 'boolean') layers[l] = (rl as Record<Layer, boolean>)[l];
  const sites: Record<string, SiteMode> = {};
  const rs = raw.sites;
  if (rs && typeof rs === 'object') for (const [host, mode] of Object.entries(rs)) if (mode === 'on' || mode === 'ask' || mode === 'off') sites[host] = mode;
  return { layers, sites };
}

export async function loadSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await browser.storage.local.get(['layers', 'sites']));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function saveLayers(layers: Record<Layer, boolean>): Promise<void> {
  await browser.storage.local.set({ layers });
}

/**
 * Saves one site's mode. Given the settings the caller already holds, the write is issued at once,
 * so a popup closed right after the change still saves it (a read first could be cut off with it).
 */
export async function saveSiteMode(host: string, mode: SiteMode, known?: Settings): Promise<void> {
  const sites = { ...(known ?? (await loadSettings())).sites };
  if (mode === 'on') delete sites[host];
  else sites[host] = mode;
  await browser.storage.local.set({ sites });
}

export const siteModeFor = (s: Settings, host: string): SiteMode => s.sites[host] ?? 'on';
