// Small SVG line charts (decision 11): one y axis from zero, a time x axis, a gap where a bucket has no value,
// a dot with a tooltip per point. Colours come from the stylesheet (.series-0, .series-1, ...).
import { h, s } from './dom.js';
import { axisTime } from './format.js';

const W = 600, H = 200, LEFT = 56, RIGHT = 12, TOP = 12, BOTTOM = 26;

function niceStep(max, ticks) {
  const raw = max / ticks;
  const pow = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map(m => m * pow).find(v => v >= raw);
  return step || raw;
}

function scale(times, series) {
  const values = series.flatMap(x => x.values).filter(v => v != null);
  const max = Math.max(...values, 0);
  const step = max > 0 ? niceStep(max, 4) : 1;
  const top = max > 0 ? Math.ceil(max / step) * step : 1;
  const t0 = times[0], t1 = times[times.length - 1];
  return {
    step, top, span: t1 - t0,
    x: t => LEFT + (t1 === t0 ? 0 : (t - t0) / (t1 - t0)) * (W - LEFT - RIGHT),
    y: v => TOP + (1 - v / top) * (H - TOP - BOTTOM),
  };
}

function path(times, values, sc) {
  let d = '', pen = false;
  values.forEach((v, i) => {
    if (v == null) { pen = false; return; }
    d += (pen ? 'L' : 'M') + sc.x(times[i]).toFixed(1) + ' ' + sc.y(v).toFixed(1);
    pen = true;
  });
  return d;
}

function axes(times, sc, format) {
  const out = [];
  for (let v = 0; v <= sc.top + sc.step / 2; v += sc.step) {
    out.push(s('line', { class: 'grid-line', x1: LEFT, x2: W - RIGHT, y1: sc.y(v), y2: sc.y(v) }));
    out.push(s('text', { class: 'tick', x: LEFT - 6, y: sc.y(v) + 4, 'text-anchor': 'end' }, format(v)));
  }
  const labels = Math.min(6, times.length);
  for (let i = 0; i < labels; i++) {
    const t = times[Math.round(i * (times.length - 1) / Math.max(1, labels - 1))];
    const anchor = i === 0 ? 'start' : i === labels - 1 ? 'end' : 'middle';
    out.push(s('text', { class: 'tick', x: sc.x(t), y: H - 8, 'text-anchor': anchor }, axisTime(new Date(t), sc.span)));
  }
  return out;
}

/**
 * @param {string} id       the chart's name (data-chart), used by tests and screenshots
 * @param {number[]} times  bucket start times in epoch ms
 * @param {{name: string, values: (number|null)[]}[]} series
 */
export function lineChart({ id, title, times, series, format }) {
  const sc = scale(times, series);
  const points = series.reduce((n, x) => n + x.values.filter(v => v != null).length, 0);
  const svg = s('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title, 'data-chart': id,
    'data-points': points },
    axes(times, sc, format),
    series.map((x, i) => s('g', { class: 'series-' + i, 'data-series': x.name },
      s('path', { class: 'line', d: path(times, x.values, sc) }),
      x.values.map((v, j) => v == null ? null : s('circle', { class: 'dot', cx: sc.x(times[j]), cy: sc.y(v), r: 2.2,
        'data-value': v }, s('title', {}, `${x.name} ${new Date(times[j]).toISOString().slice(0, 16)}Z: ${format(v)}`))))));
  const legend = h('div', { class: 'legend' }, series.map((x, i) => h('span', { class: 'key series-' + i }, x.name)));
  const body = points ? svg : h('p', { class: 'empty chart-empty', 'data-chart': id, 'data-points': 0 }, 'No requests in this range.');
  return h('figure', { class: 'chart-box' }, h('figcaption', {}, title), body, points ? legend : null);
}

/** A horizontal share bar, 0..1, for tables. */
export function bar(fraction, cls = '') {
  const f = Math.max(0, Math.min(1, fraction || 0));
  return s('svg', { class: 'bar ' + cls, viewBox: '0 0 100 8', preserveAspectRatio: 'none', 'aria-hidden': 'true' },
    s('rect', { class: 'bar-back', x: 0, y: 0, width: 100, height: 8 }),
    s('rect', { class: 'bar-fill', x: 0, y: 0, width: (f * 100).toFixed(2), height: 8 }));
}
