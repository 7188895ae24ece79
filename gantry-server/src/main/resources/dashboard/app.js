// The dashboard's shell: hash routes (#/overview, #/request/ID ...), the sign-in form, error and empty states.
import { h } from './dom.js';
import { AuthError, adminKey, signIn, signOut } from './api.js';
import overview from './pages/overview.js';
import breakdowns from './pages/breakdowns.js';
import explorer from './pages/explorer.js';
import request from './pages/request.js';
import keys from './pages/keys.js';
import cost from './pages/cost.js';
import alerts from './pages/alerts.js';
import jobs from './pages/jobs.js';
import knowledge from './pages/knowledge.js';
import { route } from './nav.js';

const PAGES = { overview, breakdowns, explorer, request, keys, cost, alerts, jobs, knowledge };
const main = document.getElementById('main');
let generation = 0;

async function render() {
  const mine = ++generation;
  const r = route();
  document.querySelectorAll('#nav a').forEach(a =>
    a.classList.toggle('active', a.dataset.page === (r.page === 'request' ? 'explorer' : r.page)));
  document.getElementById('signout').hidden = !adminKey();
  main.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
  try {
    const view = await PAGES[r.page](r);
    if (mine === generation) main.replaceChildren(view);
  } catch (e) {
    if (mine !== generation) return;
    main.replaceChildren(e instanceof AuthError ? loginForm(e.message) : failure(e));
  }
}

function loginForm(message) {
  const input = h('input', { type: 'password', id: 'admin-key', name: 'admin-key', autocomplete: 'current-password',
    placeholder: 'admin key', required: true });
  const form = h('form', { class: 'panel login', id: 'login',
    onsubmit: ev => { ev.preventDefault(); signIn(input.value.trim()); render(); } },
    h('h2', {}, 'Sign in'),
    h('p', { class: 'muted' }, adminKey() ? 'That key was refused: ' + message : 'This gateway uses keys; the dashboard needs its admin key.'),
    h('label', { for: 'admin-key' }, 'Admin key'), input,
    h('button', { type: 'submit' }, 'Sign in'),
    h('p', { class: 'muted small' }, 'Kept in this tab only (sessionStorage) and sent as Authorization: Bearer.'));
  if (adminKey()) signOut();
  queueMicrotask(() => input.focus());
  return form;
}

function failure(e) {
  return h('div', { class: 'panel error', role: 'alert' }, h('h2', {}, 'Could not load this page'),
    h('p', {}, e.message || String(e)));
}

document.getElementById('signout').addEventListener('click', () => { signOut(); render(); });
window.addEventListener('hashchange', render);
render();
