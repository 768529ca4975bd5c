/**
 * 12345.5 → "12,345.5", as `toLocaleString('en-US')` writes it (up to three decimals), without
 * Intl: the first Intl call in a window loads locale data (~50–100 ms measured here), and
 * counts are on the first screen. The app's text is English, so the format is fixed.
 */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return value !== value ? 'NaN' : value > 0 ? '∞' : '-∞';
  const rounded = Math.round(Math.abs(value) * 1000) / 1000;
  const [whole = '0', fraction] = String(rounded).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}
