// Bundles the check page into the folder the desk serves it from (argument 1, default ./dist):
// index.html, check-page.js, check-page.css and the TensorFlow WASM files (config.binaryPath points there).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const out = resolve(process.argv[2] ?? 'dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'wasm'), { recursive: true });

const result = await esbuild.build({
  entryPoints: { 'check-page': 'src/main.jsx' },
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  outdir: out,
  jsx: 'automatic',
  loader: { '.js': 'jsx' },
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
});

copyFileSync('src/index.html', join(out, 'index.html'));
const wasmDir = 'node_modules/@tensorflow/tfjs-backend-wasm/dist';
for (const name of readdirSync(wasmDir).filter((file) => file.endsWith('.wasm'))) {
  copyFileSync(join(wasmDir, name), join(out, 'wasm', name));
}

const files = readdirSync(out, { recursive: true }).filter((file) => statSync(join(out, file)).isFile());
writeFileSync(join(out, 'files.txt'), files.sort().join('\n') + '\n');
const bytes = files.reduce((sum, file) => sum + statSync(join(out, file)).size, 0);
console.log(`check page: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB in ${out}`);
