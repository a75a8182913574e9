// Builds the browser UI (web/ → web/dist) with Vite when no build exists yet,
// so `npm start` and the browser tests always have something to serve.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const webDir = fileURLToPath(new URL('../web/', import.meta.url));

export async function ensureWebBuild(options: { force?: boolean } = {}): Promise<{ built: boolean; distDir: string }> {
  const distDir = `${webDir}dist`;
  if (!options.force && existsSync(`${distDir}/index.html`) && existsSync(`${distDir}/admin.html`)) return { built: false, distDir };
  const { build } = await import('vite');
  await build({ configFile: `${webDir}vite.config.ts`, logLevel: 'warn' });
  return { built: true, distDir };
}

if (import.meta.main) {
  const { built, distDir } = await ensureWebBuild({ force: process.argv.includes('--force') });
  console.log(built ? `browser UI built into ${distDir}` : `browser UI already built in ${distDir}`);
}
