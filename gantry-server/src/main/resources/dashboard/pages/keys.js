// Keys and budgets: limits per key, today's traffic, spend this period against the budget.
import { h, table } from '../dom.js';
import { get } from '../api.js';
import { bar } from '../chart.js';
import * as f from '../format.js';
import { link } from '../nav.js';

function budget(b) {
  if (!b) return h('span', { class: 'muted' }, 'no budget');
  const cls = b.used >= 1 ? 'over' : b.used >= 0.8 ? 'near' : '';
  return h('div', { class: 'budget' }, bar(b.used, cls),
    h('span', { class: 'small' }, `${f.usd(b.spent_usd)} of ${f.usd(b.limit_usd)} per ${b.period} (${f.percent(b.used)})`));
}

export default async function keys() {
  const d = await get('/gantry/dashboard/keys');
  return h('div', { class: 'page', 'data-page': 'keys' },
    h('div', { class: 'page-head' }, h('h1', {}, 'Keys & budgets')),
    h('div', { class: 'panel' }, table([
      { label: 'key', cell: k => h('a', { href: link('explorer', { key: k.name }) }, k.name) },
      { label: 'source', cell: k => k.source },
      { label: 'hash', cell: k => h('code', {}, k.hash_prefix + '…') },
      { label: 'state', cell: k => h('span', { class: 'badge ' + (k.enabled ? 'ok' : 'bad') }, k.enabled ? 'active' : 'revoked') },
      { label: 'models', cell: k => k.models.length ? k.models.join(', ') : 'all' },
      { label: 'rpm', num: true, cell: k => k.rpm ? f.count(k.rpm) : 'no limit' },
      { label: 'tpm', num: true, cell: k => k.tpm ? f.count(k.tpm) : 'no limit' },
      { label: 'requests today', num: true, cell: k => f.count(k.today.requests) },
      { label: 'cost today', num: true, cell: k => f.usd(k.today.cost_usd) },
      { label: 'budget this period', cell: k => budget(k.budget) },
    ], d.keys, 'No keys: the gateway is open to anyone who can reach it. Create one with `gantry keys create`.')),
    h('p', { class: 'muted small' }, 'Days and periods are UTC. Spend is what the ledger holds; requests in flight are not counted yet.'));
}
