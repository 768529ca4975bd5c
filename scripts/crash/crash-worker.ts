// The child the crash test kills: opens the real Store on the folder it is given and
// saves a growing counter in a loop, printing `ack <n>` only after each save resolves.
import { Store } from '../../electron/core/store';
import type { AppDocument } from '../../shared/schema/document';
import { counterOf, withCounter } from './crash-counter';

const dataDir = process.argv[2];
if (!dataDir) {
  console.error('usage: crash-worker <data-dir>');
  process.exit(2);
}

// A backup after every change, so kills also land inside backup writes and pruning.
const store = await Store.open({ dataDir, changeBackupIntervalMs: 0 });
for (const notice of store.notices) console.error(`notice: ${notice.kind}: ${notice.title}`);
let counter = counterOf(store.document);
process.stdout.write(`ready ${counter}\n`);

for (;;) {
  counter += 1;
  const next = counter;
  await store.update((doc: AppDocument) => withCounter(doc, next));
  // Pipes are written synchronously on POSIX, so once this returns the parent will read it.
  process.stdout.write(`ack ${next}\n`);
}
