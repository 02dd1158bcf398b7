import { describe, expect, it } from 'vitest';
import { stripMarkup, stripMarkupDeep } from './strip-markup';

describe('stripMarkup', () => {
	it('removes tags, comments and scripts with their code, and says so', () => {
		expect(stripMarkup('Led the team <img src=x onerror=alert(1)> daily')).toEqual({
			text: 'Led the team daily',
			removed: true
		});
		expect(stripMarkup('Cut costs <b>by 30%</b><!-- hidden -->').text).toBe('Cut costs by 30%');
		expect(stripMarkup('<svg><script>window.__pwned="x"</script></svg>').text).toBe('');
		expect(stripMarkup('Ran <style>@import url(https://evil.example/s.css);</style>ops').text).toBe(
			'Ran ops'
		);
		expect(stripMarkup('<a href="javascript:x()" title="a>b">docs</a>').text).toBe('docs');
		expect(stripMarkup('Built it<br/>fast').text).toBe('Built it fast');
		expect(stripMarkup('<!DOCTYPE html>Hello').text).toBe('Hello');
	});

	it('removes an opening tag cut off before its end', () => {
		expect(stripMarkup('Shipped the app <img src=x onerror=fetch(1)').text).toBe('Shipped the app');
	});

	it('leaves text that only uses angle brackets as written', () => {
		for (const text of [
			'C++ <3 years',
			'a < b and b > c',
			'x>5% growth',
			'Latency <10 ms',
			'Typed List<String> and Vec<u8> APIs',
			'Linked <https://example.org/project>',
			'Kept p99 < 200ms, <5% errors'
		]) {
			expect(stripMarkup(text)).toEqual({ text, removed: false });
		}
	});

	it('keeps the lines and indentation of a list answer', () => {
		expect(stripMarkup('- First <b>entry</b>\n  wrapped\n- Second').text).toBe(
			'- First entry\n  wrapped\n- Second'
		);
	});

	it('cleans every string of a parsed answer and reports each removal', () => {
		let removals = 0;
		const value = stripMarkupDeep(
			{ summary: 'Plain', bullets: ['One <i>two</i>', 'Three', '<p>Four</p>'] },
			() => removals++
		);
		expect(value).toEqual({ summary: 'Plain', bullets: ['One two', 'Three', 'Four'] });
		expect(removals).toBe(2);
	});
});
