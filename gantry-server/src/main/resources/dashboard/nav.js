// Hash routes: #/page/arg?filters. Filters live in the URL so a view can be bookmarked and reloaded.
export const PAGE_NAMES = ['overview', 'breakdowns', 'explorer', 'request', 'keys', 'cost', 'alerts', 'jobs', 'knowledge'];

export function route() {
  const [path, q] = location.hash.replace(/^#\/?/, '').split('?');
  const [page, ...rest] = path.split('/');
  return { page: PAGE_NAMES.includes(page) ? page : 'overview', arg: rest.map(decodeURIComponent).join('/'),
    params: new URLSearchParams(q || '') };
}

export function link(page, params = {}, arg = '') {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v != null && v !== '')).toString();
  return '#/' + page + (arg ? '/' + encodeURIComponent(arg) : '') + (q ? '?' + q : '');
}

export function go(page, params = {}, arg = '') {
  location.hash = link(page, params, arg);
}
