// Types of target-dir.mjs for the UI tests that run the CLI.
export const root: string;
export function targetDir(): string;
export function bin(profile: string, name: string): string;
