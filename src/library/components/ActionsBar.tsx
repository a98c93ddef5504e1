/** What to do with the selected notes (or all of them): export in a chosen format, or delete. */
import { useState } from 'preact/hooks';
import type { ExportFormat } from '../../core/notes/types.ts';

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  'lede-json': 'Lede JSON (complete backup)',
  markdown: 'Markdown (Obsidian and other editors)',
  csv: 'CSV (spreadsheets)',
  w3c: 'W3C Web Annotation (JSON-LD)',
};

interface Props {
  shown: number;
  selected: number;
  allShownSelected: boolean;
  busy: boolean;
  onSelectAll(on: boolean): void;
  onExport(format: ExportFormat, selectedOnly: boolean): void;
  onDeleteSelected(): void;
}

export function ActionsBar({ shown, selected, allShownSelected, busy, onSelectAll, onExport, onDeleteSelected }: Props) {
  const [format, setFormat] = useState<ExportFormat>('lede-json');
  return (
    <div class="actions" role="toolbar" aria-label="Selected notes">
      <label>
        <input type="checkbox" checked={allShownSelected && shown > 0} disabled={shown === 0}
          onChange={(e) => onSelectAll((e.currentTarget as HTMLInputElement).checked)} />
        Select all shown ({shown})
      </label>
      <span class="muted" aria-live="polite">{selected} selected</span>
      <label class="field inline" for="x-format"><span>Format</span>
        <select id="x-format" value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}>
          {Object.entries(FORMAT_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </label>
      <button type="button" disabled={busy || selected === 0} onClick={() => onExport(format, true)}>Export selected</button>
      <button type="button" disabled={busy} onClick={() => onExport(format, false)}>Export all notes</button>
      <button type="button" class="danger" disabled={busy || selected === 0} onClick={onDeleteSelected}>Delete selected</button>
    </div>
  );
}
