import type { ICredentialType, INodeProperties } from 'n8n-workflow';

import {
	baseUrlProperty,
	organizationIdProperty,
	tallyfyAuthenticate,
	tallyfyCredentialTest,
	tallyfyIcon,
} from './common';

export class TallyfyApi implements ICredentialType {
	name = 'tallyfyApi';

	displayName = 'Tallyfy (Personal Access Token) API';

	icon = tallyfyIcon;

	documentationUrl = 'https://github.com/n8n-nodes-tallyfy/n8n-nodes-tallyfy#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Your personal access token from Tallyfy: Settings > Integrations > REST API. It acts with your own permissions, lasts six months and is revoked when you log out of Tallyfy.',
		},
		organizationIdProperty,
		baseUrlProperty,
	];

	authenticate = tallyfyAuthenticate;

	test = tallyfyCredentialTest;
}
