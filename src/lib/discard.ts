// Deleting what a build no longer needs without making it wait: a folder is renamed into a trash folder (one quick
// rename) and a detached process deletes the trash while the build goes on, and after it has ended. Where the rename
// cannot be done (another file system), the folder is deleted at once, as before.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

let serial = 0;
const scheduled = new Set<string>();

/** Takes `target` (a folder or file) out of the way now and deletes it in the background; nothing if it is not there. */
export function discard(target: string, trash: string): void {
  if (!fs.existsSync(target)) return;
  try {
    fs.mkdirSync(trash, { recursive: true });
    fs.renameSync(target, path.join(trash, `${process.pid}-${Date.now()}-${serial++}`));
  } catch {
    fs.rmSync(target, { recursive: true, force: true });
    return;
  }
  emptyLater(trash);
}

/** Starts one detached deletion of everything in `trash` once the current synchronous work is done. */
function emptyLater(trash: string): void {
  if (scheduled.has(trash)) return;
  scheduled.add(trash);
  queueMicrotask(() => {
    scheduled.delete(trash);
    let names: string[];
    try {
      names = fs.readdirSync(trash);
    } catch {
      return;
    }
    if (!names.length) return;
    const code =
      "const fs=require('node:fs'),path=require('node:path');const t=process.argv[1];" +
      'for(const n of process.argv.slice(2)){try{fs.rmSync(path.join(t,n),{recursive:true,force:true})}catch{}}';
    try {
      spawn(process.execPath, ['-e', code, trash, ...names], { detached: true, stdio: 'ignore' }).unref();
    } catch {
      for (const name of names) fs.rmSync(path.join(trash, name), { recursive: true, force: true });
    }
  });
}
