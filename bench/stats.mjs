/** Median and range of a list of numbers; nulls (a visit that did not finish) are counted, not hidden. */
export function summary(values) {
  const ok = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (ok.length === 0) return { n: 0, failed: values.length, median: null, min: null, max: null };
  const mid = ok.length >> 1;
  const median = ok.length % 2 ? ok[mid] : (ok[mid - 1] + ok[mid]) / 2;
  return { n: ok.length, failed: values.length - ok.length, median, min: ok[0], max: ok[ok.length - 1] };
}

const num = (v) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1));

/** `median (min–max)`, plus how many runs did not finish when some did not. */
export function fmt(s) {
  if (!s || s.median === null) return 'n/a';
  const text = `${num(s.median)} (${num(s.min)}–${num(s.max)})`;
  return s.failed ? `${text} [${s.failed} unfinished]` : text;
}
