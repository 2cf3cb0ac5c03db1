import type { INodeProperties } from 'n8n-workflow';

import type { Operations } from '../operation';

export const operations = {} satisfies Operations;

export const description: INodeProperties[] = [];
