import type { CredentialRef } from '../../../e2e/lib/client';

export interface Example {
	id: string;
	name: string;
	file: string;
	urls: string[];
}

export interface Target {
	mode: 'single' | 'queue' | 'n8n1';
	major: number;
	n8nVersion: string;
	n8nUrl: string;
	apiKey: string;
	sandboxUrl: string;
	logs: { main: string; worker?: string };
	credentials: Partial<Record<'tallyfyApi' | 'tallyfyOAuth2Api', CredentialRef>>;
	examples: Example[];
}

export declare function target(): Target;
export declare function readLog(file: string): string;
