// Types of scripts/zod-english-only.mjs for the TypeScript configs that import it (electron.vite.config.ts).
import type { Plugin } from 'vite';

export declare const zodEnglishOnlyEsbuild: { readonly name: string; setup(build: unknown): void };
export declare function zodEnglishOnlyVite(): Plugin;
