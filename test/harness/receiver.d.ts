import type { IDataObject } from 'n8n-workflow';

/** The parts of express's Request that webhook nodes read. */
export interface ReceivedRequest {
	method: string;
	url: string;
	path: string;
	headers: Record<string, string | string[] | undefined>;
	query: Record<string, string>;
	params: Record<string, string>;
	body: IDataObject;
	rawBody: Uint8Array;
}

/** The parts of express's Response that webhook nodes use. */
export interface ReceiverResponse {
	statusCode: number;
	headersSent: boolean;
	setHeader(name: string, value: string): ReceiverResponse;
	status(code: number): ReceiverResponse;
	json(data: unknown): ReceiverResponse;
	send(data?: string): ReceiverResponse;
	end(data?: string): ReceiverResponse;
}

export interface Receiver {
	url: string;
	close(): Promise<void>;
}

export declare function startReceiver(
	handle: (request: ReceivedRequest, response: ReceiverResponse) => Promise<void> | void,
): Promise<Receiver>;
