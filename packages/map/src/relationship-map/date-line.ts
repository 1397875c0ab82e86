/** A date as a date line shows it: a `Date` written in the page's language (`lang`), a string as given. */
export function dateLine(date: string | Date, lang?: string): string {
  if (typeof date === 'string') return date;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(lang || undefined, { dateStyle: 'long' }).format(date);
}
