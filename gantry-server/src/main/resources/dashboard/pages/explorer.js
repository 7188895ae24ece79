// Request explorer: filters in the URL, a page of ledger rows newest first, each row opening its detail.
import { h, table } from '../dom.js';
import { get, query } from '../api.js';
import * as f from '../format.js';
import { go, link } from '../nav.js';

const PAGE = 50;
const FIELDS = ['range', 'key', 'model', 'provider', 'feature', 'status', 'error', 'stream', 'q'];

function select(name, label, options, value) {
  return h('label', {}, label, h('select', { name },
    options.map(([v, text]) => h('option', { value: v, selected: v === (value || '') }, text))));
}

function text(name, label, value, placeholder) {
  return h('label', {}, label, h('input', { name, value: value || '', placeholder, type: 'search' }));
}

function filters(p) {
  const form = h('form', { class: 'filters panel', id: 'filters', onsubmit: ev => {
    ev.preventDefault();
    const data = Object.fromEntries(new FormData(form).entries());
    go('explorer', data);
  } },
    select('range', 'range', [['', 'all time'], ['1h', 'last hour'], ['24h', 'last 24 h'], ['7d', 'last 7 days'], ['30d', 'last 30 days']], p.get('range')),
    text('key', 'key', p.get('key'), 'any'),
    text('model', 'model', p.get('model'), 'any'),
    text('provider', 'provider', p.get('provider'), 'any'),
    text('feature', 'tag', p.get('feature'), 'any'),
    select('status', 'status', [['', 'any'], ['ok', 'ok'], ['failed', 'failed']], p.get('status')),
    text('error', 'error kind', p.get('error'), 'e.g. rate_limited'),
    select('stream', 'stream', [['', 'any'], ['true', 'streamed'], ['false', 'not streamed']], p.get('stream')),
    text('q', 'search', p.get('q'), 'request id or route'),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Apply'),
      h('a', { href: link('explorer'), class: 'button secondary' }, 'Clear')));
  return form;
}

function status(r) {
  return h('span', { class: 'badge ' + (r.status < 400 ? 'ok' : 'bad') }, r.status + (r.error ? ' ' + r.error : ''));
}

function rows(data) {
  return table([
    { label: 'time (UTC)', cell: r => f.time(r.timestamp) },
    { label: 'request', cell: r => h('a', { href: link('request', {}, r.request_id), class: 'request-link' }, r.request_id) },
    { label: 'key', cell: r => r.key ?? f.DASH },
    { label: 'model', cell: r => r.model ?? f.DASH },
    { label: 'provider', cell: r => r.provider ?? f.DASH },
    { label: 'status', cell: status },
    { label: 'latency', num: true, cell: r => f.ms(r.latency_ms) },
    { label: 'tokens', num: true, cell: r => f.tokens(r.input_tokens + r.output_tokens) },
    { label: 'cost', num: true, cell: r => f.usd(r.cost_usd) },
    { label: 'route', cell: r => h('code', { class: 'route' }, r.route ?? '') },
  ], data, 'No requests match these filters.');
}

export default async function explorer({ params }) {
  const offset = Number(params.get('offset') || 0);
  const wanted = Object.fromEntries(FIELDS.map(k => [k, params.get(k)]));
  const d = await get('/gantry/dashboard/requests' + query({ ...wanted, limit: PAGE, offset }));
  const pageLink = o => link('explorer', { ...wanted, offset: o || null });
  return h('div', { class: 'page', 'data-page': 'explorer' },
    h('div', { class: 'page-head' }, h('h1', {}, 'Requests')),
    filters(params),
    h('div', { class: 'panel', id: 'results', 'data-rows': d.data.length }, rows(d.data),
      h('nav', { class: 'pager' },
        offset > 0 ? h('a', { href: pageLink(Math.max(0, offset - PAGE)) }, '← newer') : null,
        h('span', { class: 'muted' }, d.data.length ? `rows ${offset + 1}–${offset + d.data.length}` : ''),
        d.has_more ? h('a', { href: pageLink(offset + PAGE) }, 'older →') : null)));
}
