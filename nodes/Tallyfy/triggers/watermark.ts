import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { MAX_PAGE_SIZE, isLastPage, tallyfyRequest, type Endpoint } from '../transport';

/**
 * Where a time-ordered list was read up to: the newest event time seen and the ids that
 * carry exactly that time (so an event sharing the timestamp is neither lost nor repeated).
 * `since: null` means the list was empty when watching began: everything later is new.
 */
export type Watermark = { since: string | null; ids: string[] };

/** At most this many ids share the watermark's timestamp in the stored state. */
const ID_LIMIT = 1_000;

export const timeOf = (value: unknown): number | undefined => {
	if (typeof value !== 'string' || !value) return undefined;
	const time = Date.parse(value);
	return Number.isNaN(time) ? undefined : time;
};

export function isNew(mark: Watermark, record: IDataObject, field: string): boolean {
	const time = timeOf(record[field]);
	if (time === undefined) return false;
	const since = timeOf(mark.since);
	if (since === undefined) return true;
	return time > since || (time === since && !mark.ids.includes(String(record.id)));
}

/** The watermark once `records` have been seen. */
export function advance(mark: Watermark, records: IDataObject[], field: string): Watermark {
	let { since, ids } = mark;
	for (const record of records) {
		const time = timeOf(record[field]);
		if (time === undefined) continue;
		const current = timeOf(since);
		const id = String(record.id);
		if (current === undefined || time > current) {
			since = record[field] as string;
			ids = [id];
		} else if (time === current && !ids.includes(id)) {
			ids = [...ids, id];
		}
	}
	return { since, ids: ids.slice(-ID_LIMIT) };
}

/** Oldest first, each record once. */
export function chronological(records: IDataObject[], field: string): IDataObject[] {
	const unique = [...new Map(records.map((record) => [String(record.id), record])).values()];
	return unique.sort((a, b) => (timeOf(a[field]) ?? 0) - (timeOf(b[field]) ?? 0));
}

export interface Timeline {
	endpoint: Endpoint;
	/** The documented filters and a sort by `field`, newest first. */
	qs: IDataObject;
	/** When the event happened, e.g. `completed_at`. */
	field: string;
}

async function readPage(
	this: IPollFunctions,
	timeline: Timeline,
	page: number,
	perPage: number,
): Promise<{ records: IDataObject[]; last: boolean }> {
	const answer = (await tallyfyRequest.call(this, 'GET', timeline.endpoint, {
		qs: { ...timeline.qs, page, per_page: perPage },
	})) as IDataObject;
	const records = Array.isArray(answer?.data) ? (answer.data as IDataObject[]) : [];
	const pagination = (answer?.meta as IDataObject | undefined)?.pagination as
		| IDataObject
		| undefined;
	return { records, last: isLastPage(pagination, records.length) };
}

/** The newest `count` events of a timeline, for a manual run. */
export async function latestOf(
	this: IPollFunctions,
	timeline: Timeline,
	count: number,
): Promise<IDataObject[]> {
	const { records } = await readPage.call(this, timeline, 1, count);
	return chronological(
		records.filter((record) => timeOf(record[timeline.field]) !== undefined),
		timeline.field,
	);
}

/**
 * Without a watermark, reads the first page and records where things stand. With one, pages
 * back until it reaches events older than the watermark, so a burst bigger than a page is read
 * whole, and a quiet list costs one request. Should Tallyfy not sort as asked, the pages are
 * read to the end rather than stopping early.
 */
export async function readTimeline(
	this: IPollFunctions,
	timeline: Timeline,
	mark: Watermark | undefined,
): Promise<{ fresh: IDataObject[]; mark: Watermark }> {
	const { field } = timeline;
	if (!mark) {
		const { records } = await readPage.call(this, timeline, 1, MAX_PAGE_SIZE);
		return { fresh: [], mark: advance({ since: null, ids: [] }, records, field) };
	}
	const since = timeOf(mark.since);
	const fresh: IDataObject[] = [];
	let ordered = true;
	let previous: number | undefined;
	for (let page = 1; ; page++) {
		const { records, last } = await readPage.call(this, timeline, page, MAX_PAGE_SIZE);
		let reachedOlder = false;
		for (const record of records) {
			const time = timeOf(record[field]);
			if (time === undefined) continue;
			if (previous !== undefined && time > previous) ordered = false;
			previous = time;
			if (isNew(mark, record, field)) fresh.push(record);
			else if (since !== undefined && time < since) reachedOlder = true;
		}
		if (last || (reachedOlder && ordered)) break;
	}
	return { fresh: chronological(fresh, field), mark: advance(mark, fresh, field) };
}
