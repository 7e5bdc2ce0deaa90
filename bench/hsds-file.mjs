// A generated HSDS 3.0 directory (see ./generate.mjs) written to a file as one page, from a thread of its own: at
// 1,000,000 services the page is gigabytes of objects, and the process that imports and serves it next (and is
// measured) must not carry them, nor the garbage collection they cost.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Worker, isMainThread, workerData } from 'node:worker_threads';
import { generateHsdsFeed } from './generate.mjs';

/** Writes a generated HSDS page to `file`, a service at a time. */
async function writeHsds(size, file) {
  const page = generateHsdsFeed(size);
  const out = createWriteStream(file);
  const write = async (text) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const { contents, ...envelope } = page;
  await write(`${JSON.stringify(envelope).slice(0, -1)},"contents":[`);
  for (let i = 0; i < contents.length; i++)
    await write(`${i ? ',' : ''}${JSON.stringify(contents[i])}`);
  await write(']}');
  out.end();
  await once(out, 'finish');
}

/** Writes the generated page of `size` services to `file` from a worker thread; resolves once it is written. */
export function writeHsdsFile(size, file) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { size, file },
      resourceLimits: { maxOldGenerationSizeMb: 16_000 },
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`writing ${file} ended with ${code}`)),
    );
  });
}

if (!isMainThread) await writeHsds(workerData.size, workerData.file);
