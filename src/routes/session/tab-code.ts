/**
 * The code of the session page's heavier tabs, fetched when a tab first opens rather than with
 * the page: the Tailor tab's panel (item cards, job match, usage) and the CV tab's export panel
 * (previews, Markdown, the claim check before export). Opening a session shows its Profile tab
 * without waiting for either. Once fetched, a panel's code stays for the page's life.
 */
import { OnDemand } from '$lib/state/on-demand.svelte';

export const tailorPanelCode = new OnDemand(
	async () => (await import('$lib/ui/tailor-panel/TailorPanel.svelte')).default
);

export const exportPanelCode = new OnDemand(
	async () => (await import('$lib/ui/export-panel/ExportPanel.svelte')).default
);
