/**
 * Characters XML 1.0 cannot carry at all: C0 controls other than tab and line breaks, lone
 * surrogate halves (a pasted emoji cut in two) and U+FFFE/U+FFFF. The document model already drops
 * most controls, but one of these left in a .docx makes Word refuse the whole file as "unreadable
 * content", so the DOCX writer removes them from every string it writes, whatever the source.
 */
const NOT_XML =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafeText(text: string): string {
	return text.replace(NOT_XML, '');
}
