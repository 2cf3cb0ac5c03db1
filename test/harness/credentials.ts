import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	ICredentialsDecrypted,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeProperties,
	IRequestOptionsSimplified,
	Workflow,
} from 'n8n-workflow';
import { ICredentialsHelper, isExpression } from 'n8n-workflow';

import { TallyfyApi } from '../../credentials/TallyfyApi.credentials';
import { TallyfyOAuth2Api } from '../../credentials/TallyfyOAuth2Api.credentials';

export const credentialTypes: Record<string, ICredentialType> = {
	tallyfyApi: new TallyfyApi(),
	tallyfyOAuth2Api: new TallyfyOAuth2Api(),
};

export interface StoredCredential {
	id: string;
	name: string;
	type: 'tallyfyApi' | 'tallyfyOAuth2Api';
	data: ICredentialDataDecryptedObject;
}

/**
 * Stands in for n8n's credentials database: what `preAuthentication` writes back is what
 * the next execution reads, which is how a fetched token outlives one execution.
 */
export class CredentialStore {
	private readonly records = new Map<string, StoredCredential>();

	private counter = 0;

	add(type: StoredCredential['type'], data: ICredentialDataDecryptedObject): StoredCredential {
		this.counter += 1;
		const record = {
			id: `cred-${this.counter}`,
			name: `${type} ${this.counter}`,
			type,
			data: { ...data },
		};
		this.records.set(record.id, record);
		return record;
	}

	get(id: string): StoredCredential {
		const record = this.records.get(id);
		if (!record) throw new Error(`No test credential ${id}`);
		return record;
	}

	decrypted(id: string): ICredentialsDecrypted {
		const record = this.get(id);
		return { id: record.id, name: record.name, type: record.type, data: { ...record.data } };
	}
}

/**
 * The parts of n8n's server-side CredentialsHelper that nodes rely on, re-implemented the
 * way packages/cli/src/credentials-helper.ts does them: generic `authenticate` objects are
 * resolved as expressions, and `preAuthentication` runs when the expirable field is empty,
 * after a 401, or during a credential test, then persists its result.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly store: CredentialStore) {
		super();
	}

	getParentTypes(type: string): string[] {
		return credentialTypes[type]?.extends ?? [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return credentialTypes[type].properties;
	}

	async getDecrypted(
		_additionalData: unknown,
		nodeCredentials: INodeCredentialsDetails,
	): Promise<ICredentialDataDecryptedObject> {
		return { ...this.store.get(nodeCredentials.id as string).data };
	}

	async getCredentials(): Promise<never> {
		throw new Error('getCredentials is not used by the Tallyfy nodes');
	}

	async updateCredentials(
		nodeCredentials: INodeCredentialsDetails,
		_type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.store.get(nodeCredentials.id as string).data = { ...data };
	}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	async runPreAuthentication(): Promise<undefined> {
		return undefined;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = credentialTypes[typeName];
		const expirable = type.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		const isTestingCredentials =
			node?.parameters?.temp === '' && node?.type === 'n8n-nodes-base.noOp';
		if (credentials[expirable.name] !== '' && !credentialsExpired && !isTestingCredentials) {
			return undefined;
		}
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined || !node.credentials) return undefined;
		const stored = node.credentials[typeName];
		await this.updateCredentials(stored, typeName, {
			...this.store.get(stored.id as string).data,
			...(output as ICredentialDataDecryptedObject),
		});
		return Object.assign(credentials, output);
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = credentialTypes[typeName];
		const options = requestOptions as IHttpRequestOptions;
		if (typeof authenticate === 'function') return await authenticate(credentials, options);
		if (authenticate?.type !== 'generic') return options;
		const resolve = (value: string) =>
			isExpression(value)
				? String(
						workflow.expression.getSimpleParameterValue(
							node,
							value,
							'internal',
							{ $credentials: credentials },
							undefined,
							'',
						) ?? '',
					)
				: value;
		for (const [section, values] of Object.entries(authenticate.properties)) {
			const target = ((options as unknown as Record<string, Record<string, unknown>>)[section] ??=
				{});
			for (const [key, value] of Object.entries(values as Record<string, string>)) {
				target[resolve(key)] = resolve(value);
			}
		}
		return options;
	}
}
