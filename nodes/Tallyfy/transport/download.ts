/** A file as Tallyfy sent it: the bytes, and what its headers say about them. */
export interface DownloadedFile {
	data: Buffer;
	/** From Content-Disposition, when Tallyfy sent one. */
	fileName?: string;
	/** The Content-Type, unless it is the generic `application/octet-stream` of `/dl`. */
	mimeType?: string;
}

function header(headers: Record<string, unknown>, name: string): string | undefined {
	const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
	const value = Array.isArray(entry?.[1]) ? entry?.[1][0] : entry?.[1];
	return typeof value === 'string' ? value : undefined;
}

function decodeExtended(value: string): string | undefined {
	const match = /^([\w!#$%&+^`{}~-]+)'[^']*'(.+)$/.exec(value.trim());
	if (!match) return undefined;
	if (match[1].toLowerCase() !== 'utf-8') {
		// ISO-8859-1, the only other charset RFC 5987 names: each byte is its own code point.
		return match[2].replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
			String.fromCharCode(parseInt(hex, 16)),
		);
	}
	try {
		return decodeURIComponent(match[2]);
	} catch {
		return undefined;
	}
}

/**
 * The file name of a Content-Disposition header. The RFC 5987 `filename*` form wins,
 * because servers (Symfony, so Tallyfy's Laravel) put an ASCII-only fallback in
 * `filename` when the real name has other characters.
 */
export function fileNameOf(disposition: string | undefined): string | undefined {
	if (!disposition) return undefined;
	const extended = /filename\*\s*=\s*([^;]+)/i.exec(disposition);
	const decoded = extended ? decodeExtended(extended[1].replace(/^"|"$/g, '')) : undefined;
	if (decoded) return decoded;
	const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(disposition);
	if (quoted) return quoted[1].replace(/\\(.)/g, '$1') || undefined;
	const token = /filename\s*=\s*([^;\s]+)/i.exec(disposition);
	return token?.[1];
}

/** Reads a full binary response (`returnFullResponse` with `arraybuffer` encoding). */
export function downloadedFile(response: unknown): DownloadedFile {
	const { body, headers = {} } = (response ?? {}) as {
		body?: ArrayBuffer | Buffer;
		headers?: Record<string, unknown>;
	};
	const contentType = header(headers, 'content-type')?.split(';')[0].trim().toLowerCase();
	return {
		data: body ? Buffer.from(body as ArrayBuffer) : Buffer.alloc(0),
		fileName: fileNameOf(header(headers, 'content-disposition')),
		mimeType: contentType && contentType !== 'application/octet-stream' ? contentType : undefined,
	};
}
