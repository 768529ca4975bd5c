import { describe, expect, it } from 'vitest';
import type { Program } from '../../../shared/programs/program-schema';
import { newProgramDraft } from '../../../shared/programs/program-schema';
import { expectOk, useHandlers } from './handler-harness';

const harness = useHandlers();
const { call } = harness;

describe('programs:restore', () => {
  it('returns the program under the name it came back with when its old name was taken since', async () => {
    const first = expectOk<Program>(await call('programs:save', { program: newProgramDraft('Alpha IR') }));
    const removed = expectOk(await call('programs:delete', { id: first.id }));
    await call('programs:save', { program: newProgramDraft('Alpha IR') });

    const back = expectOk<Program>(await call('programs:restore', removed));
    expect(back.id).toBe(first.id);
    expect(back.name).toBe('Alpha IR (restored)');
    expect(harness.store.document.shortlist.programs.find((p) => p.id === first.id)?.name).toBe('Alpha IR (restored)');
  });

  it('returns the program unchanged when its name is still free', async () => {
    const first = expectOk<Program>(await call('programs:save', { program: newProgramDraft('Beta IR') }));
    const removed = expectOk(await call('programs:delete', { id: first.id }));
    expect(expectOk<Program>(await call('programs:restore', removed)).name).toBe('Beta IR');
  });
});
