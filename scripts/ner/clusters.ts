/** Word clusters from unlabelled text (placeholder until the clustering lands). */
import type { ColumnDocument } from '../../src/core/ner/conll.ts';

export function buildClusters(_root: string, _labelled: ColumnDocument[][]): string {
  return '';
}
