import type { IExecuteFunctions } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { blueprintLocator, stepLocator } from '../../descriptions/rlc.description';
import { apiRequest } from '../../transport';
import { stepEndpoint, stepIds } from './shared';

export const description = forOperation('step', 'get', [blueprintLocator, stepLocator]);

export async function execute(this: IExecuteFunctions, i: number) {
	return await apiRequest.call(this, 'GET', stepEndpoint(stepIds.call(this, i)));
}
