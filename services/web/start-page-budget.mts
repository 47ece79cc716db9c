import { gzipSync } from 'node:zlib';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/** What the build measured of the JavaScript a resident's first page loads. */
export interface StartPageSize {
  /** The entry chunk and every chunk it imports statically, by file name. */
  files: string[];
  /** Their size gzip-compressed (level 9), in bytes. */
  gzipBytes: number;
}

/**
 * The JavaScript the start page loads before it can show anything: the entry chunk of the
 * bundle and the chunks it imports statically (lazy pages not included), each gzip-compressed
 * as a server would send it. Throws when the bundle has no entry chunk.
 */
export function startPageSize(bundle: OutputBundle): StartPageSize {
  const chunks = new Map<string, OutputChunk>();
  for (const output of Object.values(bundle)) {
    if (output.type === 'chunk') chunks.set(output.fileName, output);
  }
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  if (!entry) throw new Error('the web app bundle has no entry chunk');
  const files = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const name of chunk.imports) {
      const imported = chunks.get(name);
      if (imported) visit(imported);
    }
  };
  visit(entry);
  let gzipBytes = 0;
  for (const name of files)
    gzipBytes += gzipSync(chunks.get(name)?.code ?? '', { level: 9 }).length;
  return { files: [...files], gzipBytes };
}

/**
 * A Vite plugin that prints the start page's compressed JavaScript (startPageSize) after a
 * production build and fails the build when it exceeds `maxGzipBytes` (the README's budget:
 * 200 KB for a mid-range phone, issue 16).
 */
export function startPageBudget({ maxGzipBytes }: { maxGzipBytes: number }): Plugin {
  return {
    name: 'citypoints-start-page-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const { files, gzipBytes } = startPageSize(bundle);
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
      const line = `start page JavaScript: ${kb(gzipBytes)} gzip in ${files.length} files (budget ${kb(maxGzipBytes)})`;
      if (gzipBytes > maxGzipBytes) this.error(`${line}: over budget`);
      console.log(line);
    },
  };
}
