// Cost report: spend, tokens, cache and routing savings by model, key, tag or day, and the month's projection.
// The same figures as `gantry cost report --json` (GET /gantry/dashboard/cost).
import { h, table, section } from '../dom.js';
import { get, query } from '../api.js';
import { bar } from '../chart.js';
import * as f from '../format.js';
import { link } from '../nav.js';
import { card } from './overview.js';

const GROUPS = { model: 'model', key: 'key', tag: 'tag', day: 'day' };
const PERIODS = { month: 'this month', '7d': 'last 7 days', '30d': 'last 30 days' };

function since(period) {
  if (period === 'month') return null;
  const days = period === '7d' ? 7 : 30;
  return new Date(Date.now() - days * 86400000).toISOString().slice(0, 10);
}

function picker(label, options, current, make) {
  return h('div', { class: 'ranges', role: 'group', 'aria-label': label },
    Object.entries(options).map(([v, text]) => h('a', { href: make(v), class: v === current ? 'active' : null,
      'data-choice': v }, text)));
}

function cards(d) {
  const t = d.total;
  return h('div', { class: 'cards' },
    card('Spend in range', f.usd(t.cost_usd), f.count(t.requests) + ' requests', 'spend'),
    card('Tokens', f.tokens(t.input_tokens + t.output_tokens), f.tokens(t.input_tokens) + ' in · ' + f.tokens(t.output_tokens) + ' out', 'tokens'),
    card('Cache savings', f.usd(t.saved_usd), f.count(t.cache_hits) + ' answers from a cache', 'cache-saved'),
    card('Routing savings', d.routing_saved_usd == null ? 'n/a' : f.usd(d.routing_saved_usd),
      d.routing_saved_usd == null ? 'no request to a model with select:' : f.count(t.cheap_requests) + ' of ' + f.count(t.selected_requests) + ' sent to the cheap model', 'routing-saved'),
    card('This month so far', f.usd(d.month_to_date_usd), 'UTC', 'month'),
    card('Projected month', f.usd(d.projected_month_usd), 'at this month\'s pace', 'projected'));
}

function groups(d, group) {
  const total = Number(d.total.cost_usd);
  return table([
    { label: group, cell: r => r.group == null ? h('span', { class: 'muted' }, '(none)') : r.group },
    { label: 'requests', num: true, cell: r => f.count(r.requests) },
    { label: 'tokens in', num: true, cell: r => f.tokens(r.input_tokens) },
    { label: 'tokens out', num: true, cell: r => f.tokens(r.output_tokens) },
    { label: 'spend', num: true, cell: r => f.usd(r.cost_usd) },
    { label: 'cache hits', num: true, cell: r => f.count(r.cache_hits) },
    { label: 'cache saved', num: true, cell: r => f.usd(r.saved_usd) },
    { label: 'routing saved', num: true, cell: r => r.selected_requests ? f.usd(r.routing_saved_usd) : f.DASH },
    { label: 'share of spend', cell: r => bar(total ? Number(r.cost_usd) / total : 0) },
  ], d.groups, 'Nothing was spent in this range.');
}

export default async function cost({ params }) {
  const group = GROUPS[params.get('group')] ? params.get('group') : 'model';
  const period = PERIODS[params.get('period')] ? params.get('period') : 'month';
  const d = await get('/gantry/dashboard/cost' + query({ 'group-by': group, since: since(period) }));
  return h('div', { class: 'page', 'data-page': 'cost' },
    h('div', { class: 'page-head' }, h('h1', {}, 'Cost report'),
      picker('period', PERIODS, period, v => link('cost', { period: v, group })),
      picker('group by', GROUPS, group, v => link('cost', { period, group: v }))),
    cards(d),
    section('By ' + group + ' since ' + f.time(d.since), groups(d, group)),
    h('p', { class: 'muted small' }, 'Savings are what cache hits and cheaper routing did not spend, priced at the '
      + 'rates the request would have paid. Same figures: gantry cost report --group-by ' + group + '.'));
}
