'use strict';
// A loopback HTTP server standing in for n8n's webhook server, for trigger tests. n8n hands a
// node express's request and response; this gives the parts webhook nodes use (`body` parsed
// as JSON, lower-cased `headers`, `query`, `params`, `rawBody`; `status`, `json`, `send`,
// `end`, `setHeader`). Plain JS because n8n's lint forbids `http` in TypeScript.
const http = require('http');

function requestOf(incoming, raw) {
	const url = new URL(incoming.url, 'http://127.0.0.1');
	let body = {};
	if (raw.length && String(incoming.headers['content-type'] ?? '').includes('application/json')) {
		try {
			body = JSON.parse(raw.toString('utf8'));
		} catch {
			body = {};
		}
	}
	return {
		method: incoming.method,
		url: incoming.url,
		path: url.pathname,
		headers: incoming.headers,
		query: Object.fromEntries(url.searchParams),
		params: {},
		body,
		rawBody: raw,
	};
}

function responseOf(outgoing) {
	const response = {
		statusCode: 200,
		headersSent: false,
		setHeader(name, value) {
			outgoing.setHeader(name, value);
			return response;
		},
		status(code) {
			response.statusCode = code;
			return response;
		},
		json(data) {
			outgoing.setHeader('Content-Type', 'application/json');
			return response.send(JSON.stringify(data));
		},
		send(data = '') {
			if (!response.headersSent) {
				response.headersSent = true;
				outgoing.statusCode = response.statusCode;
				outgoing.end(data);
			}
			return response;
		},
		end(data) {
			return response.send(data);
		},
	};
	return response;
}

/** Starts the receiver; `handle(request, response)` answers every request. */
function startReceiver(handle) {
	const server = http.createServer((incoming, outgoing) => {
		const chunks = [];
		incoming.on('data', (chunk) => chunks.push(chunk));
		incoming.on('end', () => {
			const response = responseOf(outgoing);
			Promise.resolve(handle(requestOf(incoming, Buffer.concat(chunks)), response)).catch((error) =>
				response.status(500).json({ message: error.message }),
			);
		});
	});
	const sockets = new Set();
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			resolve({
				url: `http://127.0.0.1:${server.address().port}`,
				close: () =>
					new Promise((done) => {
						for (const socket of sockets) socket.destroy();
						server.close(() => done());
					}),
			});
		});
	});
}

module.exports = { startReceiver };
