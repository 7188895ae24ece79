// Breakdowns: where requests, tokens and money go, by model, provider, key and tag; top spenders; slowest routes.
import { h, table, section } from '../dom.js';
import { get, query } from '../api.js';
import { bar } from '../chart.js';
import * as f from '../format.js';
import { link } from '../nav.js';
import { rangePicker } from './overview.js';

const NONE = { model: '(none)', provider: '(none reached)', key: '(no key)', feature: '(untagged)' };

function groupTable(rows, dim, range) {
  const total = rows.reduce((n, r) => n + Number(r.cost_usd), 0);
  const label = r => r.group == null ? h('span', { class: 'muted' }, NONE[dim])
    : h('a', { href: link('explorer', { range, [dim]: r.group }) }, r.group);
  return table([
    { label: dim === 'feature' ? 'tag' : dim, cell: label },
    { label: 'requests', num: true, cell: r => f.count(r.requests) },
    { label: 'errors', num: true, cell: r => f.percent(r.error_rate) },
    { label: 'tokens in', num: true, cell: r => f.tokens(r.input_tokens) },
    { label: 'tokens out', num: true, cell: r => f.tokens(r.output_tokens) },
    { label: 'avg latency', num: true, cell: r => f.ms(r.avg_latency_ms) },
    { label: 'cost', num: true, cell: r => f.usd(r.cost_usd) },
    { label: 'share of cost', cell: r => bar(total ? Number(r.cost_usd) / total : 0) },
  ], rows);
}

export default async function breakdowns({ params }) {
  const range = params.get('range') || '24h';
  const d = await get('/gantry/dashboard/breakdowns' + query({ range }));
  return h('div', { class: 'page', 'data-page': 'breakdowns' },
    h('div', { class: 'page-head' }, h('h1', {}, 'Breakdowns'), rangePicker('breakdowns', d.range)),
    h('div', { class: 'two' },
      section('Top spenders (keys)', table([
        { label: 'key', cell: r => h('a', { href: link('explorer', { range, key: r.group }) }, r.group) },
        { label: 'requests', num: true, cell: r => f.count(r.requests) },
        { label: 'cost', num: true, cell: r => f.usd(r.cost_usd) }], d.top_spenders, 'No key spent anything in this range.')),
      section('Slowest routes', table([
        { label: 'route', cell: r => h('code', {}, r.group) },
        { label: 'requests', num: true, cell: r => f.count(r.requests) },
        { label: 'avg latency', num: true, cell: r => f.ms(r.avg_latency_ms) }], d.slowest_routes))),
    section('By model', groupTable(d.by_model, 'model', range)),
    section('By provider', groupTable(d.by_provider, 'provider', range)),
    section('By key', groupTable(d.by_key, 'key', range)),
    section('By tag (x-gantry-feature)', groupTable(d.by_tag, 'feature', range)));
}
