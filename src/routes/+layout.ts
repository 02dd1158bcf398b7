// A client-only app: every page is prerendered as a shell and rendered in the browser,
// where the user's data (IndexedDB) lives.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'never';
