export declare function listFiles(dir: string): string[];
export declare function readText(file: string): string | undefined;
export declare function load(file: string): Record<string, unknown>;
