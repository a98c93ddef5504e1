/**
 * Named entities: a trained two-pass BIOES tagger (hashed features, CRF then averaged perceptron, Viterbi) and the
 * linking that turns its mentions into entities with canonical names.
 */
export { decodeNerModel, type NerModel } from './model.ts';
export { findEntities } from './entities.ts';
export { tagSentences, sentenceTokens } from './tagger.ts';
export { parseColumns, ChunkScorer } from './conll.ts';
