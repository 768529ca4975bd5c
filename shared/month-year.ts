const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2030-06-01" → "June 2030". Without Intl, as formatCount: the first Intl call in a window is slow. */
export function monthYear(isoDate: string): string {
  const [year = '', month = ''] = isoDate.split('-');
  return `${MONTHS[Number(month) - 1] ?? ''} ${year}`.trim();
}
