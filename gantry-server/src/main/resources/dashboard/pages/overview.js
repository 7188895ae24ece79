// Overview: cards for the range, today and this month; charts per bucket from /gantry/dashboard/overview.
import { h } from '../dom.js';
import { get, query } from '../api.js';
import { lineChart } from '../chart.js';
import * as f from '../format.js';
import { link } from '../nav.js';

export const RANGES = ['1h', '24h', '7d', '30d'];

export function rangePicker(page, current, extra = {}) {
  return h('div', { class: 'ranges', role: 'group', 'aria-label': 'time range' },
    RANGES.map(r => h('a', { href: link(page, { ...extra, range: r }), class: r === current ? 'active' : null,
      'data-range': r }, r)));
}

export function card(label, value, note, id) {
  return h('div', { class: 'card', 'data-card': id }, h('div', { class: 'label' }, label),
    h('div', { class: 'value' }, value), note ? h('div', { class: 'note' }, note) : null);
}

function cards(d) {
  const t = d.totals;
  return h('div', { class: 'cards' },
    card('Requests', f.count(t.requests), f.number(t.rps) + ' req/s average', 'requests'),
    card('Error rate', f.percent(t.error_rate), f.count(t.failures) + ' failed', 'error-rate'),
    card('Latency p95', f.ms(t.latency_ms.p95), 'p50 ' + f.ms(t.latency_ms.p50) + ' · p99 ' + f.ms(t.latency_ms.p99), 'latency'),
    card('Gateway overhead p95', f.ms(t.overhead_ms.p95), 'p50 ' + f.ms(t.overhead_ms.p50), 'overhead'),
    card('Tokens', f.tokens(t.input_tokens + t.output_tokens), f.tokens(t.input_tokens) + ' in · ' + f.tokens(t.output_tokens) + ' out', 'tokens'),
    card('Cost in range', f.usd(t.cost_usd), null, 'cost-range'),
    card('Cost today', f.usd(d.cost.today_usd), d.cost.day + ' (UTC)', 'cost-today'),
    card('Cost this month', f.usd(d.cost.month_usd), d.cost.month + ' (UTC)', 'cost-month'),
    card('Cache hit rate', d.cache.hit_rate == null ? 'n/a' : f.percent(d.cache.hit_rate), d.cache.note, 'cache'));
}

function charts(d) {
  const times = d.series.map(b => Date.parse(b.start));
  const pick = fn => d.series.map(fn);
  const pct = key => ['p50', 'p95', 'p99'].map(p => ({ name: p, values: pick(b => b[key][p]) }));
  return h('div', { class: 'charts' },
    lineChart({ id: 'rps', title: 'Requests per second', times, format: f.number, series: [{ name: 'req/s', values: pick(b => b.rps) }] }),
    lineChart({ id: 'latency', title: 'Latency (ms)', times, format: f.ms, series: pct('latency_ms') }),
    lineChart({ id: 'overhead', title: 'Gateway overhead (ms)', times, format: f.ms, series: pct('overhead_ms') }),
    lineChart({ id: 'errors', title: 'Error rate', times, format: f.percent, series: [{ name: 'errors', values: pick(b => b.requests ? b.error_rate : null) }] }),
    lineChart({ id: 'tokens', title: 'Tokens', times, format: f.tokens, series: [
      { name: 'input', values: pick(b => b.input_tokens) }, { name: 'output', values: pick(b => b.output_tokens) }] }),
    lineChart({ id: 'cost', title: 'Cost (USD)', times, format: f.usd, series: [{ name: 'cost', values: pick(b => b.cost_usd) }] }));
}

export default async function overview({ params }) {
  const range = params.get('range') || '24h';
  const d = await get('/gantry/dashboard/overview' + query({ range }));
  return h('div', { class: 'page', 'data-page': 'overview' },
    h('div', { class: 'page-head' }, h('h1', {}, 'Overview'), rangePicker('overview', d.range)),
    h('p', { class: 'muted small' }, `${f.time(d.from)} to ${f.time(d.to)}, one point per ${d.bucket_seconds / 60} minutes`),
    cards(d), charts(d));
}
