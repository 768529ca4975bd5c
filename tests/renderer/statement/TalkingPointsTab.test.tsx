import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { emptyStatement, type TalkingPoint } from '../../../shared/statement/statement-schema';
import type { PersonalPrompt } from '../../../shared/statement/personal-prompts';
import type { Workspace } from '../../../renderer/src/pages/statement/load-workspace';
import { PromptsTab } from '../../../renderer/src/pages/statement/PromptsTab';
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
    expect(within(list).getByRole('listitem', { name: orphaned.text })).toHaveTextContent('Evidence: 1 deleted procedure entry');
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

describe('TalkingPointsTab: what a point answered and cites', () => {
  it('shows the prompt as it read when the point was written, not as the grown log words it now', () => {
    const data = workspace();
    const answered: TalkingPoint = { ...bare, id: 'tp-tips', text: 'TIPS taught me patience.', promptId: 'personal:tips', promptText: 'You logged 23 cases of TIPS.' };
    data.statement.talkingPoints = [answered];
    const prompts = [{ id: 'personal:tips', text: 'You logged 18 cases of TIPS.', theme: 'commitment', citations: [] }] as unknown as PersonalPrompt[];
    render(<TalkingPointsTab workspace={data} prompts={prompts} onAdd={() => {}} onEdit={() => {}} onDelete={() => {}} />);
    const item = screen.getByRole('listitem', { name: answered.text });
    expect(item).toHaveTextContent('Answers: You logged 23 cases of TIPS.');
    expect(item).not.toHaveTextContent('18 cases');
  });

  it('names four entries, says how many more of each kind as a prompt does, and counts deleted ones by kind instead of listing each', () => {
    const data = workspace();
    data.procedures = Array.from({ length: 6 }, (_, index) => makeProcedure({ id: `tips-${index}`, date: `2026-02-0${index + 1}`, procedureId: 'tips' }));
    const many: TalkingPoint = {
      ...bare,
      id: 'tp-many',
      text: 'Many cases.',
      evidence: [...data.procedures.map((entry) => ({ kind: 'procedure' as const, id: entry.id })), ...['x1', 'x2', 'x3', 'x4', 'x5'].map((id) => ({ kind: 'procedure' as const, id }))],
    };
    data.statement.talkingPoints = [many];
    render(<TalkingPointsTab workspace={data} prompts={[]} onAdd={() => {}} onEdit={() => {}} onDelete={() => {}} />);
    const item = screen.getByRole('listitem', { name: many.text });
    expect(item).toHaveTextContent(/Evidence: [^;]+ on 2026-02-01; [^;]+; [^;]+; [^;]+ on 2026-02-04; and 2 more \(2 cases\); 5 deleted procedure entries/);
    expect(item).not.toHaveTextContent('a deleted procedure entry');
  });

  it('ends a long list of evidence with the same words as the prompt it answers: how many more, of each kind', () => {
    const data = workspace();
    data.experiences = [makeExperience({ id: 'exp-a', title: 'IR observership' }), makeExperience({ id: 'exp-b', title: 'Vascular clinic' })];
    data.procedures = Array.from({ length: 6 }, (_, index) => makeProcedure({ id: `tace-${index}`, date: `2026-03-0${index + 1}`, procedureId: 'tace' }));
    const citations = [...data.procedures.map((entry) => ({ kind: 'procedure' as const, id: entry.id })), { kind: 'experience' as const, id: 'exp-a' }, { kind: 'experience' as const, id: 'exp-b' }];
    const prompt = { id: 'personal:tace', text: 'You logged 6 cases of TACE.', theme: 'procedures', citations } as unknown as PersonalPrompt;
    const answer: TalkingPoint = { ...bare, id: 'tp-tace', text: 'TACE taught me patient selection.', promptId: prompt.id, evidence: citations };
    data.statement.talkingPoints = [answer];

    render(<PromptsTab workspace={data} prompts={[prompt]} onWrite={() => {}} />);
    expect(screen.getByLabelText('From your log')).toHaveTextContent(/; and 4 more \(2 cases, 2 experiences\)$/);
    render(<TalkingPointsTab workspace={data} prompts={[prompt]} onAdd={() => {}} onEdit={() => {}} onDelete={() => {}} />);
    expect(screen.getByRole('listitem', { name: answer.text })).toHaveTextContent(/Evidence: [^;]+; [^;]+; [^;]+; [^;]+; and 4 more \(2 cases, 2 experiences\)Weak/);
  });
});
