import { describe, expect, it } from 'vitest';
import { findProcedure } from '../../../shared/exposure/taxonomy';
import { erasEntriesText, exposurePortfolio, outlineDocument, statementDocument, toMarkdown, type ExportSource } from '../../../shared/statement/statement-document';
import { emptyStatement } from '../../../shared/statement/statement-schema';
import { makeExperience, makeProcedure, makeResearchOutput } from '../exposure/fixtures';

const TODAY = '2026-11-30';

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

  it('marks a planned experience in the portfolio and claims none of its hours', () => {
    const planned = makeExperience({ id: 'exp-9', title: 'Spring observership', startDate: '2027-02-01', endDate: '2027-03-01', hours: { mode: 'total', total: 160 } });
    const markdown = toMarkdown(exposurePortfolio({ ...source(), experiences: [makeExperience(), planned] }, TODAY));
    expect(markdown).toContain('- Observership: Spring observership — University Hospital, Cleveland, OH (planned, 2027-02-01 to 2027-03-01)');
    expect(markdown).toContain('- Observership: IR observership — University Hospital, Cleveland, OH (2025-06-02 to 2025-06-27, 160 h)');
  });

  it('sums procedures by category in the portfolio', () => {
    const markdown = toMarkdown(exposurePortfolio(source(), TODAY));
    expect(markdown).toContain('## IR procedures logged: 2');
    expect(markdown).toContain('1 of them advanced (high-yield) procedures.');
    expect(markdown).toContain('- Oncologic: 1');
    expect(markdown).toContain('- Lines and ports: 1');
    expect(markdown).toContain('- Observership: IR observership — University Hospital, Cleveland, OH (2025-06-02 to 2025-06-27, 160 h)');
  });
});

const DRAFT_WITH_MARKS = '# Not a heading\n1. numbered thought\n- dash thought';

function withDraft(text: string): ExportSource {
  const base = source();
  return { ...base, statement: { ...base.statement, draft: { ...base.statement.draft, text } } };
}

describe('Markdown export: the draft reads as typed', () => {
  it('escapes line-start marks and keeps each single line break (the QA repro)', () => {
    const markdown = toMarkdown(statementDocument(withDraft(DRAFT_WITH_MARKS)));
    const body = markdown.trimEnd().split('\n').slice(2);
    expect(body).toEqual(['\\# Not a heading\\', '1\\. numbered thought\\', '\\- dash thought']);
    // No line opens a heading, a numbered list or a bullet.
    for (const line of body) expect(line).not.toMatch(/^(#|\d+\.\s|-\s)/);
  });

  it('escapes inline emphasis, code and links, but leaves ordinary text and clinical shorthand readable', () => {
    const markdown = toMarkdown(statementDocument(withDraft('I saw *many* TIPS, __bold__ claims, `code`, [a link](x) and <b>tags</b>.')));
    expect(markdown).toContain('I saw \\*many\\* TIPS, \\_\\_bold\\_\\_ claims, \\`code\\`, \\[a link\\](x) and \\<b>tags\\</b>.');
    const plain = 'INR < 1.5, plt > 50k; 2025-06-03 (4 weeks), 1.5 mg - then home. Dr. Núñez.';
    expect(toMarkdown(statementDocument(withDraft(plain)))).toBe(`# Personal statement\n\n${plain}\n`);
  });

  it('keeps blank lines as paragraph breaks, with no break marks across them', () => {
    expect(toMarkdown(statementDocument(withDraft('One.\r\nStill one.\r\n\r\nTwo.')))).toBe('# Personal statement\n\nOne.\\\nStill one.\n\nTwo.\n');
  });

  it('escapes the applicant’s words in the outline and the portfolio, and their headings still read right', () => {
    const base = source();
    const marked: ExportSource = {
      ...base,
      experiences: [makeExperience({ id: 'exp-1', title: '*Star* observership #1' })],
      statement: { ...base.statement, talkingPoints: base.statement.talkingPoints.map((point) => (point.id === 'tp-2' ? { ...point, text: '# Grit\n1. kept going' } : point)) },
    };
    const outline = toMarkdown(outlineDocument(marked, procedureName));
    expect(outline).toContain('## Talking points not yet in the outline\n\n- \\# Grit\\\n  1\\. kept going (weak). No evidence linked yet.');
    const portfolio = toMarkdown(exposurePortfolio(marked, TODAY));
    expect(portfolio).toContain('- Observership: \\*Star\\* observership #1 — University Hospital, Cleveland, OH');
    expect(portfolio).toContain('## Experiences\n');
  });
});

describe('ERAS entries export', () => {
  it('numbers only the entries it exports, 1..n, when an entry’s experience was deleted', () => {
    const base = source();
    const entry = (experienceId: string) => ({ experienceId, description: `About ${experienceId}.`, mostMeaningful: false, reflection: '', talkingPointId: null });
    const text = erasEntriesText({
      ...base,
      experiences: [makeExperience({ id: 'exp-2', title: 'Second' }), makeExperience({ id: 'exp-3', title: 'Third' })],
      statement: { ...base.statement, erasEntries: [entry('exp-deleted'), entry('exp-2'), entry('exp-3')] },
    }, TODAY);
    expect(text.startsWith('1.\nExperience: Second\n')).toBe(true);
    expect(text).toContain('\n2.\nExperience: Third\n');
    expect(text).not.toMatch(/^3\.$/m);
    expect(text).not.toContain('exp-deleted');
  });
});
