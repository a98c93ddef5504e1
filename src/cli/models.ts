/** Loads the shipped models once per process for the CLI. */
import { readAsset } from './assets.ts';
import { decodeNerModel } from '../core/ner/index.ts';
import { decodeClaimModel } from '../core/claims/index.ts';
import type { Models } from '../core/annotate.ts';

let models: Models | undefined;

export function loadModels(): Models {
  models ??= { ner: decodeNerModel(readAsset('models/ner.bin')), claims: decodeClaimModel(readAsset('models/claims.bin')) };
  return models;
}
