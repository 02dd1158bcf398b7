import DOMPurify from 'dompurify';
import { Marked } from 'marked';

/**
 * Markdown → HTML that is safe to put in the page. The CV's Markdown is escaped when it is
 * assembled, but the text inside comes from an LLM and from pasted job ads, so the HTML is
 * sanitised again here, whatever produced it: no script, no event handler, no style, and only
 * http(s) and mailto links. Browser only (DOMPurify needs the DOM).
 */
const marked = new Marked({ gfm: true, breaks: false, async: false });
const SAFE_URI = /^(?:https?:|mailto:)/i;

let hooked = false;

export function markdownToSafeHtml(markdown: string): string {
	if (!hooked) {
		// Links open outside the app and cannot reach back into it through window.opener.
		DOMPurify.addHook('afterSanitizeAttributes', (node) => {
			if (node.tagName === 'A' && node.hasAttribute('href')) {
				node.setAttribute('target', '_blank');
				node.setAttribute('rel', 'noopener noreferrer');
			}
		});
		hooked = true;
	}
	const html = marked.parse(markdown, { async: false });
	return DOMPurify.sanitize(html, {
		ALLOWED_URI_REGEXP: SAFE_URI,
		FORBID_TAGS: ['style', 'img', 'form', 'input', 'iframe', 'object', 'embed', 'svg', 'math'],
		FORBID_ATTR: ['style', 'class', 'id'],
		ADD_ATTR: ['target']
	});
}
