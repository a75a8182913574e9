// Builds the browser UI (web/ → web/dist) with Vite when no build exists yet or
// a source file is newer than it, so `npm start` and the browser tests never
// serve a stale UI.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = fileURLToPath(new URL('../web/', import.meta.url));

/** The newest modification time of the UI's sources (web/ without dist/). */
function newestSourceMs(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMs(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function isCurrent(distDir: string): boolean {
  const built = [`${distDir}/index.html`, `${distDir}/admin.html`];
  if (!built.every((file) => existsSync(file))) return false;
  return Math.min(...built.map((file) => statSync(file).mtimeMs)) >= newestSourceMs(webDir);
}

export async function ensureWebBuild(options: { force?: boolean } = {}): Promise<{ built: boolean; distDir: string }> {
  const distDir = `${webDir}dist`;
  if (!options.force && isCurrent(distDir)) return { built: false, distDir };
  const { build } = await import('vite');
  await build({ configFile: `${webDir}vite.config.ts`, logLevel: 'warn' });
  return { built: true, distDir };
}

if (import.meta.main) {
  const { built, distDir } = await ensureWebBuild({ force: process.argv.includes('--force') });
  console.log(built ? `browser UI built into ${distDir}` : `browser UI already built in ${distDir}`);
}
