import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyStatement, type TalkingPoint } from '../../../shared/statement/statement-schema';
import type { Workspace } from '../../../renderer/src/pages/statement/load-workspace';
import { TalkingPointsTab } from '../../../renderer/src/pages/statement/TalkingPointsTab';
import { makeExperience, makeProcedure } from '../../unit/exposure/fixtures';
import { render } from '../render';

const backed: TalkingPoint = { id: 'tp-backed', text: 'Tumour board showed me IR starts before the angio suite.', promptId: null, evidence: [{ kind: 'experience', id: 'exp-cancer' }, { kind: 'procedure', id: 'tace-1' }], strength: 'strong' };
const bare: TalkingPoint = { id: 'tp-bare', text: 'Studying for USMLE taught me discipline.', promptId: null, evidence: [], strength: 'weak' };
const orphaned: TalkingPoint = { id: 'tp-orphan', text: 'A case I have since deleted.', promptId: null, evidence: [{ kind: 'procedure', id: 'gone' }], strength: 'solid' };

function workspace(): Workspace {
  const statement = emptyStatement();
  statement.talkingPoints = [backed, bare, orphaned];
  statement.outline = [{ id: 'opening', title: 'Opening', talkingPointIds: ['tp-backed'] }];
  statement.erasEntries = [{ experienceId: 'exp-cancer', description: 'Four weeks at the cancer center.', mostMeaningful: true, reflection: 'A TACE patient.', talkingPointId: null }];
  return {
    experiences: [makeExperience({ id: 'exp-cancer', title: 'IR observership' })],
    researchOutputs: [],
    procedures: [makeProcedure({ id: 'tace-1', date: '2026-03-01', procedureId: 'tace', experienceId: 'exp-cancer' })],
    customProcedures: [],
    profile: null,
    statement,
    programs: [],
  };
}

describe('TalkingPointsTab', () => {
  it('lists each point with its strength and evidence, flagging the ones the log does not back', () => {
    render(<TalkingPointsTab workspace={workspace()} prompts={[]} onAdd={() => {}} onEdit={() => {}} onDelete={() => {}} />);
    const list = screen.getByRole('list', { name: 'Talking points' });

    const first = within(list).getByRole('listitem', { name: backed.text });
    expect(first).toHaveTextContent('Strong');
    expect(first).toHaveTextContent('Observership: IR observership');
    expect(first).toHaveTextContent('on 2026-03-01');
    expect(first).not.toHaveTextContent('Unsupported');
    // Told in the outline and again in a most-meaningful ERAS reflection on the same experience.
    expect(first).toHaveTextContent('Also told in the ERAS reflection for IR observership');

    expect(within(list).getByRole('listitem', { name: bare.text })).toHaveTextContent('Unsupported: no evidence from your log');
    expect(within(list).getByRole('listitem', { name: orphaned.text })).toHaveTextContent('Unsupported: no evidence from your log');
    expect(within(list).getByRole('listitem', { name: orphaned.text })).toHaveTextContent('a deleted procedure entry');
  });

  it('deletes a point from the keyboard, leaving focus on the list’s heading rather than the top of the page', async () => {
    const onDelete = vi.fn<(point: TalkingPoint) => void>();
    const user = userEvent.setup({ delay: null });
    render(<TalkingPointsTab workspace={workspace()} prompts={[]} onAdd={() => {}} onEdit={() => {}} onDelete={onDelete} />);
    screen.getByRole('button', { name: `Delete ${bare.text}` }).focus();
    await user.keyboard('{Enter}');
    expect(onDelete).toHaveBeenCalledWith(bare);
    expect(screen.getByRole('heading', { name: 'Talking points' })).toHaveFocus();
  });
});
