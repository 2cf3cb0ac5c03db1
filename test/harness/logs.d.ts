/** The n8n log file's size in bytes now. */
export declare function logSize(): number;

/** What n8n logged from byte `offset` on. */
export declare function logSince(offset: number): string;
