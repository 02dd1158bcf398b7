import { describe, expect, it } from 'vitest';
import { CvItemSchema, type CvItem, type StructuredCv } from '$lib/domain';
import { acceptContent, editContent, restoreContent, TailoringActionError } from './item-edits';

function cvWith(item: Partial<CvItem>): StructuredCv {
	return {
		sections: [
			{ kind: 'experience', items: [CvItemSchema.parse({ id: 'r1', kind: 'role', ...item })] }
		]
	};
}
const only = (cv: StructuredCv) => cv.sections[0]!.items[0]!;
const generated = { text: '', bullets: ['Generated bullet'] };

describe('item edits', () => {
	it('keeps each edit as a version, refining the last one instead of piling up', () => {
		let cv = cvWith({
			status: 'to_review',
			content: generated,
			versions: [{ content: generated, createdAt: 1, origin: 'generated', feedback: '' }]
		});
		cv = editContent(cv, 'r1', { text: '', bullets: ['Edit one'] }, 2);
		cv = editContent(cv, 'r1', { text: '', bullets: ['Edit one, refined'] }, 3);
		expect(
			only(cv).versions.map((version) => [version.origin, version.content.bullets[0]])
		).toEqual([
			['generated', 'Generated bullet'],
			['edited', 'Edit one, refined']
		]);
		expect(only(cv).status).toBe('to_review');
		expect(editContent(cv, 'r1', { text: '', bullets: ['Edit one, refined'] }, 4)).toBe(cv);
	});

	it('accepts a failed item that still has content, and refuses an empty one', () => {
		const failed = cvWith({
			status: 'failed',
			content: generated,
			error: { message: 'Groq had a temporary problem.', action: '' }
		});
		const accepted = only(acceptContent(failed, 'r1', 5));
		expect(accepted.status).toBe('accepted');
		expect(accepted.error).toBeUndefined();
		expect(() => acceptContent(cvWith({ status: 'pending' }), 'r1', 5)).toThrow(
			TailoringActionError
		);
	});

	it('restoring keeps content that was never versioned, so nothing is lost', () => {
		const typed = { text: 'Typed before versions were kept', bullets: [] };
		const cv = cvWith({
			status: 'accepted',
			content: typed,
			versions: [{ content: generated, createdAt: 1, origin: 'generated', feedback: '' }]
		});
		const restored = only(restoreContent(cv, 'r1', 0, 9));
		expect(restored).toMatchObject({ status: 'to_review', content: generated });
		expect(restored.versions.map((version) => version.content)).toEqual([generated, typed]);
	});
});
