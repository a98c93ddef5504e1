/** Per-site choice: annotate on its own, only when asked, or never. */
import type { SiteMode } from '../../shared/settings.ts';

export function SiteControl({ host, mode, onChange }: { host: string; mode: SiteMode; onChange: (m: SiteMode) => void }) {
  return (
    <label class="site">
      On {host}:{' '}
      <select value={mode} onChange={(e) => onChange((e.target as HTMLSelectElement).value as SiteMode)}>
        <option value="on">annotate articles</option>
        <option value="ask">only when I ask</option>
        <option value="off">never</option>
      </select>
    </label>
  );
}
