// Knowledge review: draft versions from GET /v1/knowledge/drafts with their diff from the version before, approved
// or rejected here (POST .../approve|reject, recorded with the reviewer and reason in the audit log).
import { h, section } from '../dom.js';
import { getOptional, post } from '../api.js';

const REVIEWER = 'gantry.reviewer';

function diffView(draft) {
  if (!draft.diff) return h('p', { class: 'knowledge-body' }, draft.body);
  return h('p', { class: 'knowledge-diff' }, draft.diff.segments.map(s =>
    s.op === 'same' ? s.text : h(s.op === 'added' ? 'ins' : 'del', {}, s.text)));
}

function card(draft, reviewer, refresh) {
  const reason = h('input', { type: 'text', class: 'reason', placeholder: 'reason (optional)', 'aria-label': 'reason' });
  const status = h('span', { class: 'muted small', role: 'status' });
  const decide = verb => async () => {
    if (!reviewer.value.trim()) { status.textContent = 'Enter your name as reviewer first.'; reviewer.focus(); return; }
    sessionStorage.setItem(REVIEWER, reviewer.value.trim());
    try {
      await post(`/v1/knowledge/atoms/${draft.atom_id}/versions/${draft.version}/${verb}`,
        { reviewer: reviewer.value.trim(), reason: reason.value });
      refresh();
    } catch (e) {
      status.textContent = e.message;
    }
  };
  return h('article', { class: 'panel knowledge-draft', 'data-atom': draft.atom_id, 'data-version': draft.version },
    h('h3', {}, `${draft.title} `, h('span', { class: 'badge' }, draft.type), ' ',
      h('span', { class: 'muted small' }, `atom ${draft.atom_id} v${draft.version} · ${draft.topic || ''}`)),
    diffView(draft),
    h('p', { class: 'muted small' }, 'Sources: messages ' + draft.source_message_ids.join(', ')),
    h('div', { class: 'actions' }, reason,
      h('button', { type: 'button', class: 'approve', onclick: decide('approve') }, 'Approve'),
      h('button', { type: 'button', class: 'reject', onclick: decide('reject') }, 'Reject'), status));
}

export default async function knowledge() {
  const d = await getOptional('/v1/knowledge/drafts');
  const head = h('div', { class: 'page-head' }, h('h1', {}, 'Knowledge review'));
  if (d == null) {
    return h('div', { class: 'page', 'data-page': 'knowledge' }, head,
      h('p', { class: 'empty panel' }, 'The knowledge pipeline is off: add a knowledge: section to the config.'));
  }
  const reviewer = h('input', { type: 'text', id: 'reviewer', placeholder: 'your name', 'aria-label': 'reviewer',
    value: sessionStorage.getItem(REVIEWER) || '' });
  const refresh = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
  const drafts = d.data.map(draft => card(draft, reviewer, refresh));
  return h('div', { class: 'page', 'data-page': 'knowledge' }, head,
    h('p', {}, h('label', { for: 'reviewer' }, 'Reviewer '), reviewer),
    drafts.length ? drafts : section('Drafts', h('p', { class: 'empty', id: 'no-drafts' }, 'No drafts waiting for review.')));
}
