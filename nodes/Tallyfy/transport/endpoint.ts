/**
 * A Tallyfy API path whose every interpolated value is URL-encoded. Built with the
 * `org` and `root` tags, so an operation cannot forget to encode an email or an id,
 * and error messages can name the record a failing request was about.
 */
export interface Endpoint {
	readonly scope: 'organization' | 'root';
	readonly path: string;
	/** The collection each interpolated id belongs to, outermost first. */
	readonly refs: ReadonlyArray<{ collection: string; id: string }>;
}

type PathValue = string | number;

function build(
	scope: Endpoint['scope'],
	strings: TemplateStringsArray,
	values: PathValue[],
): Endpoint {
	let path = strings[0];
	const refs: Array<{ collection: string; id: string }> = [];
	values.forEach((value, index) => {
		const id = String(value);
		const collection = strings[index].split('/').filter(Boolean).pop() ?? '';
		refs.push({ collection, id });
		path += encodeURIComponent(id) + strings[index + 1];
	});
	return { scope, path, refs };
}

/** A path under `/organizations/{organization of the credential}`. */
export function org(strings: TemplateStringsArray, ...values: PathValue[]): Endpoint {
	return build('organization', strings, values);
}

/** A path directly under the base URL, such as `/me`. */
export function root(strings: TemplateStringsArray, ...values: PathValue[]): Endpoint {
	return build('root', strings, values);
}

/**
 * An endpoint from path segments a user typed (Custom API Call). Every segment is
 * URL-encoded like the tags do, and `collection/id` pairs become refs so a 404 can
 * still name the record.
 */
export function pathEndpoint(scope: Endpoint['scope'], segments: readonly string[]): Endpoint {
	const refs: Array<{ collection: string; id: string }> = [];
	for (let index = 1; index < segments.length; index += 2) {
		refs.push({ collection: segments[index - 1], id: segments[index] });
	}
	return {
		scope,
		path: segments.map((segment) => `/${encodeURIComponent(segment)}`).join(''),
		refs,
	};
}
