import type { ItemKind } from '$lib/domain';
import { coverLetterStep } from './cover-letter';
import { executiveSummaryStep } from './executive-summary';
import { keyQualificationsStep } from './key-qualifications';
import { projectStep } from './project';
import { roleStep } from './role';
import type { StepDefinition } from './step-definition';

export const STEPS: Readonly<Record<ItemKind, StepDefinition>> = {
	key_qualifications: keyQualificationsStep,
	role: roleStep,
	project: projectStep,
	executive_summary: executiveSummaryStep,
	cover_letter: coverLetterStep
};

export type { StepDefinition } from './step-definition';
