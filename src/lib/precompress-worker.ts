// Worker thread of the precompress pool: compresses the bytes of one rendered page after another and spools each copy
// as <sha256 of the bytes>.gz / .br, for precompressDir to take once the page is in dist/ (see precompress-pool.ts).
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { COMPRESS_SYNC, ENCODING_SUFFIXES, spoolName } from './precompress.ts';

const { spool } = workerData as { spool: string };

parentPort!.on('message', (data: Uint8Array) => {
  try {
    const name = spoolName(data);
    for (const suffix of ENCODING_SUFFIXES) {
      const target = path.join(spool, name + suffix);
      if (fs.existsSync(target)) continue; // the same bytes came twice (e.g. two redirect pages)
      const compressed = COMPRESS_SYNC[suffix](data);
      if (compressed.length >= data.length) continue; // not worth a copy: precompressDir decides again
      const temp = `${target}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
      fs.writeFileSync(temp, compressed);
      fs.renameSync(temp, target);
    }
  } catch {
    // a copy not spooled is compressed by precompressDir at the end, as if the pool were not there
  }
  parentPort!.postMessage(0);
});
