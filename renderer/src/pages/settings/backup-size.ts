import { formatCount } from '../../../../shared/format-count';

/** "900 B", "3.5 KB", "512 KB", "43.9 MB": a backup's size in the unit a person reads at a glance. */
export function formatBackupSize(bytes: number): string {
  if (bytes < 1024) return `${formatCount(bytes)} B`;
  const kilobytes = bytes / 1024;
  if (kilobytes < 1024) return `${kilobytes < 10 ? kilobytes.toFixed(1) : Math.round(kilobytes)} KB`;
  const megabytes = kilobytes / 1024;
  return `${megabytes < 10 ? megabytes.toFixed(1) : formatCount(Math.round(megabytes))} MB`;
}
