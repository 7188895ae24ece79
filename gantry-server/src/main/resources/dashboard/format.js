// Number formatting for people: grouped digits, units, and a dash where there is no value.
const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const dec = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
export const DASH = '–';

export const count = v => v == null ? DASH : int.format(v);
export const tokens = v => v == null ? DASH : (Math.abs(v) >= 10000 ? compact.format(v) : int.format(v));
export const number = v => v == null ? DASH : dec.format(v);
export const percent = v => v == null ? DASH : (v * 100).toFixed(v > 0 && v < 0.01 ? 2 : 1) + '%';
export const ms = v => v == null ? DASH : v === 0 ? '0 ms' : (v >= 1000 ? (v / 1000).toFixed(2) + ' s' : (v < 10 ? v.toFixed(2) : dec.format(v)) + ' ms');

export function usd(v) {
  if (v == null) return DASH;
  const n = Number(v);
  if (n === 0) return '$0';
  const digits = Math.abs(n) >= 1 ? 2 : Math.abs(n) >= 0.01 ? 4 : 6;
  return '$' + n.toFixed(digits);
}

export function time(iso) {
  if (!iso) return DASH;
  const d = new Date(iso);
  return d.toISOString().replace('T', ' ').slice(0, 19) + 'Z';
}

export function axisTime(date, spanMs) {
  const iso = date.toISOString();
  return spanMs <= 2 * 86400000 ? iso.slice(11, 16) : iso.slice(5, 10) + ' ' + iso.slice(11, 13) + 'h';
}
