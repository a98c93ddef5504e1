/**
 * Loads the shipped models once per background lifetime. Loading starts when the worker starts, so a
 * page that asks right after a cold start waits only for what is left of it.
 */
import { browser } from '../shared/browser.ts';
import { decodeNerModel } from '../core/ner/index.ts';
import { decodeClaimModel } from '../core/claims/index.ts';
import type { Models } from '../core/annotate.ts';

let loading: Promise<Models> | undefined;

async function fetchBytes(path: string): Promise<Uint8Array> {
  const res = await fetch(browser.runtime.getURL(path));
  if (!res.ok) throw new Error(`Lede could not load ${path} (${res.status})`);
  return new Uint8Array(await res.arrayBuffer());
}

export function models(): Promise<Models> {
  loading ??= Promise.all([fetchBytes('models/ner.bin'), fetchBytes('models/claims.bin')])
    .then(([ner, claims]) => ({ ner: decodeNerModel(ner), claims: decodeClaimModel(claims) }))
    .catch((e) => {
      loading = undefined; // let the next page try again
      throw e;
    });
  return loading;
}
