import { describe, expect, it } from 'vitest';
import { findProcedure } from '../../../shared/exposure/taxonomy';
import { exposurePortfolio, outlineDocument, statementDocument, toMarkdown, type ExportSource } from '../../../shared/statement/statement-document';
import { emptyStatement } from '../../../shared/statement/statement-schema';
import { makeExperience, makeProcedure, makeResearchOutput } from '../exposure/fixtures';

const procedureName = (id: string) => findProcedure(id)?.name ?? id;

function source(): ExportSource {
  const statement = emptyStatement();
  return {
    profile: null,
    experiences: [makeExperience({ id: 'exp-1' })],
    researchOutputs: [makeResearchOutput({ id: 'out-1' })],
    procedures: [makeProcedure({ id: 'p1', procedureId: 'tace' }), makeProcedure({ id: 'p2', procedureId: 'picc' })],
    customProcedures: [],
    statement: {
      ...statement,
      talkingPoints: [
        { id: 'tp-1', text: 'Selection decides TACE outcomes', promptId: null, evidence: [{ kind: 'procedure', id: 'p1' }, { kind: 'output', id: 'out-1' }], strength: 'strong' },
        { id: 'tp-2', text: 'Resilience', promptId: null, evidence: [], strength: 'weak' },
      ],
      outline: statement.outline.map((section) => (section.id === 'opening' ? { ...section, talkingPointIds: ['tp-1'] } : section)),
      draft: { ...statement.draft, text: 'First paragraph.\n\nSecond paragraph.' },
    },
  };
}

describe('export documents', () => {
  it('writes the draft as paragraphs', () => {
    expect(toMarkdown(statementDocument(source()))).toBe('# Personal statement\n\nFirst paragraph.\n\nSecond paragraph.\n');
  });

  it('writes the outline with each point’s evidence and lists points not yet placed', () => {
    const markdown = toMarkdown(outlineDocument(source(), procedureName));
    expect(markdown).toContain('## Opening: the case that drew you to IR\n\n- Selection decides TACE outcomes (strong). Evidence: Chemoembolization on 2025-06-03; Abstract: Radiation dose in Y90 mapping.');
    expect(markdown).toContain('## Talking points not yet in the outline\n\n- Resilience (weak). No evidence linked yet.');
  });

  it('sums procedures by category in the portfolio', () => {
    const markdown = toMarkdown(exposurePortfolio(source()));
    expect(markdown).toContain('## IR procedures logged: 2');
    expect(markdown).toContain('1 of them advanced (high-yield) procedures.');
    expect(markdown).toContain('- Oncologic: 1');
    expect(markdown).toContain('- Lines and ports: 1');
    expect(markdown).toContain('- Observership: IR observership — University Hospital, Cleveland, OH (2025-06-02 to 2025-06-27, 160 h)');
  });
});
