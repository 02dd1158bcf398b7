/**
 * The provider presets as Settings shows them (names, key pages, where requests go): values the
 * views may take only through `state/`.
 */
export {
	PROVIDER_IDS,
	PROVIDER_PRESETS,
	STRUCTURED_OUTPUT_MODES,
	type ProviderId,
	type ProviderPreset,
	type StructuredOutputMode
} from '$lib/llm/provider-presets';
