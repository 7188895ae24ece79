// Jobs: counts per queue and state from GET /gantry/jobs/counts, and the dead-lettered jobs with their last
// error and a retry button (POST /gantry/jobs/{id}/retry). Payloads are not shown here: `gantry jobs show ID`.
import { h, table, section } from '../dom.js';
import { get, post } from '../api.js';
import * as f from '../format.js';

const STATES = ['queued', 'running', 'succeeded', 'dead'];
const DEAD_SHOWN = 100;

function countsTable(queues) {
  const rows = Object.entries(queues).map(([queue, byState]) => ({ queue, ...byState }));
  return table([{ label: 'queue', cell: r => r.queue },
    ...STATES.map(s => ({ label: s, num: true, cell: r => s === 'dead' && r[s] > 0
      ? h('span', { class: 'badge bad' }, String(r[s])) : String(r[s] ?? 0) }))],
  rows, 'No job has been enqueued yet.');
}

function retryButton(job, rerender) {
  const button = h('button', { type: 'button', class: 'retry', 'data-job': job.id }, 'Retry');
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.textContent = 'Retrying…';
    try {
      await post('/gantry/jobs/' + encodeURIComponent(job.id) + '/retry');
      rerender();
    } catch (e) {
      button.replaceWith(h('span', { class: 'badge bad', role: 'alert' }, e.message || String(e)));
    }
  });
  return button;
}

export default async function jobs() {
  const root = h('div', { class: 'page', 'data-page': 'jobs' });
  const render = async () => {
    const [counts, dead] = await Promise.all([get('/gantry/jobs/counts'),
      get('/gantry/jobs?state=dead&limit=' + DEAD_SHOWN)]);
    root.replaceChildren(h('div', { class: 'page-head' }, h('h1', {}, 'Jobs')),
      section('Queues', countsTable(counts.queues || {})),
      section('Dead letters', h('div', { id: 'dead-jobs' }, table([
        { label: 'job', cell: j => j.id }, { label: 'queue', cell: j => j.queue },
        { label: 'attempts', num: true, cell: j => j.attempts + '/' + j.max_attempts },
        { label: 'failed at', cell: j => f.time(j.updated_at) },
        { label: 'last error', cell: j => h('span', { class: 'error-text' }, j.last_error || '') },
        { label: '', cell: j => retryButton(j, render) }], dead.data || [], 'No dead job.'))));
  };
  await render();
  return root;
}
