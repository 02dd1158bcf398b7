import { describe, expect, it } from 'vitest';
import { importCvText } from './import-cv';

function educationOf(lines: string) {
	const result = importCvText(`Jane Doe\njane@example.org\n\nEDUCATION\n${lines}`);
	if (!result.ok) throw new Error(result.message);
	return result.profile.education.map(({ degree, field, institution }) => ({
		degree,
		field,
		institution
	}));
}

describe('education entries', () => {
	it('keeps "Degree en Subject" together before the school on one line', () => {
		expect(
			educationOf('Grado en Farmacia, Universidad Complutense de Madrid, 2009 – 2014')
		).toEqual([
			{ degree: 'Grado', field: 'Farmacia', institution: 'Universidad Complutense de Madrid' }
		]);
	});
});
