// Alerts: rule states and their history from GET /gantry/alerts; a gateway without it has no rules configured.
import { h, table, section } from '../dom.js';
import { getOptional } from '../api.js';
import * as f from '../format.js';

const badge = state => h('span', { class: 'badge ' + (state === 'firing' ? 'bad' : 'ok') }, state);

export default async function alerts() {
  const d = await getOptional('/gantry/alerts');
  const head = h('div', { class: 'page-head' }, h('h1', {}, 'Alerts'));
  if (d == null || !(d.rules || []).length) {
    return h('div', { class: 'page', 'data-page': 'alerts' }, head,
      h('p', { class: 'empty panel', id: 'no-alerts' }, 'No alert rules configured.'));
  }
  return h('div', { class: 'page', 'data-page': 'alerts' }, head,
    section('Rules', table([
      { label: 'rule', cell: r => r.name }, { label: 'kind', cell: r => r.kind },
      { label: 'state', cell: r => badge(r.state) }, { label: 'since', cell: r => f.time(r.since) }], d.rules)),
    section('History', table([
      { label: 'at', cell: e => f.time(e.at) }, { label: 'rule', cell: e => e.rule },
      { label: 'state', cell: e => badge(e.state) }, { label: 'message', cell: e => e.message }],
    d.history || [], 'No alert has fired yet.')));
}
