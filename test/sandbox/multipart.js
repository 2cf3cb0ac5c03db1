'use strict';
// Just enough multipart/form-data parsing for file uploads: fields and files of one request.

function parseMultipart(buffer, contentType) {
	const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
	if (!boundary) return undefined;
	const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
	const fields = {};
	const files = [];
	let start = buffer.indexOf(delimiter);
	while (start !== -1) {
		const next = buffer.indexOf(delimiter, start + delimiter.length);
		if (next === -1) break;
		const part = buffer.subarray(start + delimiter.length + 2, next - 2);
		const headerEnd = part.indexOf('\r\n\r\n');
		if (headerEnd !== -1) {
			const headers = part.subarray(0, headerEnd).toString('utf8');
			const data = part.subarray(headerEnd + 4);
			const name = /name="([^"]*)"/i.exec(headers)?.[1];
			const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
			const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim();
			if (name !== undefined) {
				if (filename !== undefined) files.push({ field: name, filename, contentType: type, data });
				else fields[name] = data.toString('utf8');
			}
		}
		start = next;
	}
	return { fields, files };
}

module.exports = { parseMultipart };
