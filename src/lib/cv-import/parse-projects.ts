import { bodyText } from './body-text';
import { isBullet } from './bullets';
import type { FieldRecorder } from './field-recorder';
import { findUrls } from './header-fields';
import type { Project } from '$lib/domain/profile';
import type { SourceLine } from './source-lines';
import { isHeadLike } from './split-entries';
import { splitItems } from './list-items';

/**
 * Projects: a short name line starts each one, then its text; a "Tools:" line (or "Technologies",
 * "Werkzeuge", "Outils", "Herramientas", "Ferramentas", "Narzędzia") gives the tools, and a URL the link.
 */
const TOOLS =
	/^(?:tools|technologies|tech stack|stack|werkzeuge|technologien|outils|technologies utilisées|herramientas|tecnologias|ferramentas|narzędzia|technologie)\s*:\s*/iu;

export function parseProjects(lines: SourceLine[], recorder: FieldRecorder): Project[] {
	const groups: SourceLine[][] = [];
	for (const line of lines) {
		const last = groups[groups.length - 1];
		const startsNew =
			!last ||
			(isHeadLike(line) &&
				!TOOLS.test(line.text) &&
				last.length > 1 &&
				!isBullet(line) &&
				line.text.split(/\s+/).length <= 8);
		if (startsNew) groups.push([line]);
		else last.push(line);
	}
	return groups.map((group, number) => {
		const path = `projects.${number}`;
		const [head, ...rest] = group;
		const project: Project = {
			id: `imported-project-${number + 1}`,
			name: '',
			description: '',
			tools: [],
			link: ''
		};
		const url = findUrls(head!.text)[0];
		const name = (url ? head!.text.slice(0, url.index) : head!.text).replace(/[\s·|–—-]+$/, '');
		project.name = recorder.read(`${path}.name`, name, head!);
		const textLines: SourceLine[] = [];
		for (const line of rest) {
			const tools = TOOLS.exec(line.text);
			if (tools) {
				const toolLine = { ...line, text: line.text.slice(tools[0].length) };
				project.tools = splitItems(toolLine).map((item, index) =>
					recorder.read(`${path}.tools.${index}`, item.text, line, item.index + tools[0].length)
				);
			} else textLines.push(line);
		}
		const linkSource = [head!, ...rest]
			.map((line) => ({ line, url: findUrls(line.text)[0] }))
			.find((found) => found.url);
		if (linkSource?.url)
			project.link = recorder.read(
				`${path}.link`,
				linkSource.url.value,
				linkSource.line,
				linkSource.url.index
			);
		const body = bodyText(textLines.filter((line) => line !== linkSource?.line || line === head));
		project.description = [...body.paragraphs, ...body.bullets]
			.map((piece) => recorder.readPiece(`${path}.description`, piece))
			.join('\n');
		return project;
	});
}
