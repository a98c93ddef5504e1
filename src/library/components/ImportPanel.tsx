/** Importing a file (Lede JSON, W3C Web Annotation, Hypothesis export) and showing what happened. */
import { useState } from 'preact/hooks';
import { MAX_IMPORT_CHARS } from '../../core/notes/import.ts';
import type { ImportReport } from '../../core/notes/types.ts';

const FORMAT_NAMES: Record<ImportReport['format'], string> = {
  'lede-json': 'Lede JSON', w3c: 'W3C Web Annotation', hypothesis: 'Hypothesis export', unknown: 'unknown format',
};
const SHOWN_REJECTIONS = 50;

export function ImportPanel({ onImport }: { onImport(text: string): Promise<ImportReport> }) {
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setError('');
    setReport(null);
    if (file.size > MAX_IMPORT_CHARS * 4) {
      // Far over the limit even in the densest encoding: say so without reading it into memory.
      setError(`This file is too large to import (${(file.size / 2 ** 20).toFixed(0)} MB; the limit is ${MAX_IMPORT_CHARS / 2 ** 20} MB).`);
      input.value = '';
      return;
    }
    setBusy(true);
    try {
      setReport(await onImport(await file.text()));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      input.value = '';
    }
  };
  return (
    <section class="import" aria-labelledby="h-import">
      <h2 id="h-import">Import notes</h2>
      <label class="field" for="import-file">
        <span>A Lede JSON backup, a W3C Web Annotation file or a Hypothesis export</span>
        <input id="import-file" type="file" accept=".json,.jsonld,application/json,application/ld+json" disabled={busy}
          onChange={(e) => void read(e.currentTarget as HTMLInputElement)} />
      </label>
      {busy && <p role="status">Importing…</p>}
      {error && <p role="alert" class="error">{error}</p>}
      {report && (
        <div role="status" class="report">
          {report.error ? <p class="error">{report.error}</p> : (
            <p>
              {FORMAT_NAMES[report.format]}: {report.imported} imported, {report.duplicates} skipped as duplicates,{' '}
              {report.rejected.length} rejected.
            </p>
          )}
          {report.rejected.length > 0 && (
            <details>
              <summary>Why records were rejected</summary>
              <ul>
                {report.rejected.slice(0, SHOWN_REJECTIONS).map((r) => (
                  <li key={`${r.index}-${r.reason}`}>{r.index >= 0 ? `Record ${r.index + 1}: ` : ''}{r.reason}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
