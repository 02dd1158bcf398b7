import { describe, expect, it } from 'vitest';
import { displayUrl, mailtoHref, safeHref } from './safe-href';

describe('safeHref', () => {
	it('lets only http(s) and mailto through', () => {
		expect(safeHref('https://github.com/zoe')).toBe('https://github.com/zoe');
		expect(safeHref('github.com/zoe')).toBe('https://github.com/zoe');
		expect(safeHref('mailto:zoe@example.com')).toBe('mailto:zoe@example.com');
		for (const url of [
			'javascript:alert(1)',
			' JaVaScRiPt:alert(1)',
			'data:text/html,<script>1</script>',
			'vbscript:x',
			'file:///etc/passwd',
			'https://exa mple.com',
			''
		]) {
			expect(safeHref(url)).toBeUndefined();
		}
	});

	it('links an email only when it looks like one, and shortens addresses for reading', () => {
		expect(mailtoHref('zoe@example.com')).toBe('mailto:zoe@example.com');
		expect(mailtoHref("javascript:window.__pwned='x'")).toBeUndefined();
		expect(displayUrl('https://www.linkedin.com/in/zoe/')).toBe('linkedin.com/in/zoe');
	});
});

describe('addresses with a stray percent sign', () => {
	it('are left unlinked instead of breaking the export', () => {
		expect(mailtoHref('a%@b.com')).toBeUndefined();
		expect(safeHref('mailto:x%zz@y.org')).toBeUndefined();
	});
});
