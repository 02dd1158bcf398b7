import type { VocabularyList } from '../vocabulary';
import { CROSS_FIELD_CREDENTIALS, LANGUAGES } from './credentials-and-languages';
import { CROSS_FIELD_SKILLS } from './cross-field-skills';
import { CROSS_FIELD_TOOLS } from './cross-field-tools';
import { CUSTOMER_SUPPORT } from './customer-support';
import { DATA_ANALYTICS } from './data-analytics';
import { DESIGN } from './design';
import { DEVOPS_CLOUD } from './devops-cloud';
import { EDUCATION } from './education';
import { ENGINEERING } from './engineering';
import { FINANCE } from './finance';
import { HEALTHCARE } from './healthcare';
import { HUMAN_RESOURCES } from './human-resources';
import { LEGAL } from './legal';
import { MARKETING } from './marketing';
import { OFFICE_AND_GENERAL } from './office-and-general';
import { PROJECT_MANAGEMENT } from './project-management';
import { SALES } from './sales';
import { SECURITY } from './security';
import { SUPPLY_CHAIN } from './supply-chain';

export { LANGUAGES };

/** The first, cross-field lists (software, data, product, marketing, finance, nursing, operations). */
export const CROSS_FIELD_LISTS: readonly VocabularyList[] = [
	CROSS_FIELD_TOOLS,
	CROSS_FIELD_SKILLS,
	CROSS_FIELD_CREDENTIALS
];

/** The per-profession lists, added to the first cross-field lists of vocabulary.ts. */
export const PROFESSION_LISTS: readonly VocabularyList[] = [
	SALES,
	CUSTOMER_SUPPORT,
	HUMAN_RESOURCES,
	LEGAL,
	EDUCATION,
	HEALTHCARE,
	FINANCE,
	SUPPLY_CHAIN,
	ENGINEERING,
	SECURITY,
	DEVOPS_CLOUD,
	DATA_ANALYTICS,
	MARKETING,
	DESIGN,
	PROJECT_MANAGEMENT,
	OFFICE_AND_GENERAL
];
