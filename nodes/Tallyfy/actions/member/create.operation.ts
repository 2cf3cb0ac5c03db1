import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation } from '../../descriptions/common.description';
import { checkTimeZone } from '../../helpers/parameters';
import { apiRequest, connectionOf, root } from '../../transport';
import { personOf, personProperties } from './shared';

const properties: INodeProperties[] = [
	...personProperties('Address of the new member; it must not belong to anyone in Tallyfy yet'),
	{
		displayName: 'Time Zone',
		name: 'timezone',
		type: 'string',
		default: '',
		placeholder: 'e.g. America/Chicago',
		description: 'An IANA time zone name; empty leaves Tallyfy’s default',
	},
];

export const description = forOperation('member', 'create', properties);

/**
 * POST /applications/{org}/users (contract §2.3): an application provisions a member
 * directly, without an invitation. Only an application token may call it, so the
 * client-credentials credential is required, not acting as a user.
 */
export async function execute(this: IExecuteFunctions, i: number) {
	const connection = await connectionOf.call(this);
	const actsAsUser =
		connection.credentialType === 'tallyfyOAuth2Api' &&
		String((await this.getCredentials('tallyfyOAuth2Api')).actAsUserEmail ?? '').trim() !== '';
	if (connection.credentialType !== 'tallyfyOAuth2Api' || actsAsUser) {
		throw new NodeOperationError(
			this.getNode(),
			'Member > Create needs the client-credentials credential acting as the application',
			{
				itemIndex: i,
				description: actsAsUser
					? 'Tallyfy lets only an application create members. Use a client-credentials credential whose "Act as User (Email)" is empty, or invite the person with Member > Invite.'
					: 'Tallyfy lets only an application create members. Set Authentication to "OAuth2 (Client Credentials)", or invite the person with Member > Invite.',
			},
		);
	}
	const body: IDataObject = personOf.call(this, i);
	const timezone = checkTimeZone.call(
		this,
		this.getNodeParameter('timezone', i, ''),
		i,
		'Time Zone',
	);
	if (timezone) body.timezone = timezone;
	return await apiRequest.call(
		this,
		'POST',
		root`/applications/${connection.organizationId}/users`,
		{
			body,
		},
	);
}
