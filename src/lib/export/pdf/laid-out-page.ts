import type { PaperSize } from '$lib/domain';

/**
 * What `layoutCv` produces: pages as plain data (text runs with positions, link rectangles and
 * rules, in millimetres from the top-left corner), which the jsPDF adapter only draws.
 */
export interface TextRun {
	text: string;
	/** Left edge of the run. */
	x: number;
	/** Baseline. */
	y: number;
	weight: 'regular' | 'bold';
	size: number;
	colour: string;
}

export interface LinkArea {
	x: number;
	y: number;
	width: number;
	height: number;
	href: string;
}

export interface Rule {
	x1: number;
	x2: number;
	y: number;
	colour: string;
}

export interface LaidOutPage {
	runs: TextRun[];
	links: LinkArea[];
	rules: Rule[];
}

export interface CvLayout {
	paper: PaperSize;
	width: number;
	height: number;
	/** The box every glyph stays inside, page numbers included. */
	contentBox: { top: number; bottom: number; left: number; right: number };
	pages: LaidOutPage[];
}
