// One request: what happened (attempts and fallbacks), what the guards decided, tokens, cost and time.
import { h, table, section } from '../dom.js';
import { get } from '../api.js';
import { bar } from '../chart.js';
import * as f from '../format.js';
import { link } from '../nav.js';

function facts(pairs) {
  return h('dl', { class: 'facts' }, pairs.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v ?? f.DASH)]));
}

function attempts(d) {
  if (!d.attempts.length) return h('p', { class: 'empty' }, 'No upstream attempt was made (refused before routing).');
  return h('div', {}, h('ol', { class: 'attempts', id: 'attempts' }, d.attempts.map(a =>
    h('li', { 'data-outcome': a.outcome }, h('code', {}, a.provider + '/' + a.model), ' ',
      h('span', { class: 'badge ' + (a.outcome === 'ok' ? 'ok' : 'bad') }, a.outcome)))),
  d.fallback ? h('p', { class: 'note' }, 'Fell back to another target.') : null);
}

function guards(d) {
  return h('div', { id: 'guard-decisions' }, table([
    { label: 'stage', cell: g => g.stage },
    { label: 'detector', cell: g => g.detector },
    { label: 'type', cell: g => g.type },
    { label: 'action', cell: g => h('span', { class: 'badge ' + (g.action === 'block' ? 'bad' : 'warn') }, g.action) },
    { label: 'score', num: true, cell: g => g.score },
    { label: 'policy', cell: g => g.policy },
  ], d.guard_decisions, 'No guard decisions recorded for this request.'));
}

function cost(d) {
  const p = d.cost.parts;
  const rows = [['total (charged)', f.usd(d.cost.total_usd)]];
  if (p) rows.push(['input', f.usd(p.input_usd)], ['cached input', f.usd(p.cached_input_usd)],
    ['cache write', f.usd(p.cache_write_usd)], ['output', f.usd(p.output_usd)], ['reasoning', f.usd(p.reasoning_usd)]);
  return h('div', {}, facts(rows), p ? h('p', { class: 'muted small' }, 'Parts at ' + p.basis + '.') : null);
}

function timings(t) {
  const share = t.overhead_ms == null || !t.latency_ms ? null : t.overhead_ms / t.latency_ms;
  return h('div', {}, facts([['latency', f.ms(t.latency_ms)], ['time to first token', f.ms(t.ttft_ms)],
    ['upstream (providers)', f.ms(t.upstream_ms)], ['gateway overhead', f.ms(t.overhead_ms)]]),
  share == null ? null : h('div', { class: 'split' }, bar(share, 'overhead'), h('span', { class: 'muted small' }, f.percent(share) + ' of the time in the gateway')));
}

export default async function request({ arg }) {
  const d = await get('/gantry/dashboard/requests/' + encodeURIComponent(arg));
  const r = d.request;
  const t = d.tokens;
  return h('div', { class: 'page', 'data-page': 'request' },
    h('div', { class: 'page-head' }, h('h1', {}, 'Request ', h('code', {}, r.request_id)),
      h('a', { href: link('explorer') }, '← all requests')),
    h('div', { class: 'two' },
      section('Summary', facts([['time', f.time(r.timestamp)], ['status', r.status + (r.error ? ' ' + r.error : '')],
        ['key', r.key], ['model (alias)', r.model], ['provider', r.provider], ['upstream model', r.upstream_model],
        ['endpoint', r.endpoint], ['stream', r.stream ? 'yes' : 'no'], ['tag', r.feature], ['cache', d.cache], ['selection', d.selection]])),
      section('Attempts and fallback path', attempts(d))),
    section('Guard decisions', guards(d)),
    h('div', { class: 'two' },
      section('Tokens', facts([['input', f.count(t.input)], ['of which cached', f.count(t.cached_input)],
        ['of which cache write', f.count(t.cache_write)], ['output', f.count(t.output)], ['of which reasoning', f.count(t.reasoning)]])),
      section('Cost', cost(d))),
    section('Timings', timings(d.timings)));
}
