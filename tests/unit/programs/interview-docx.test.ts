import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInterviewDocx } from '../../../renderer/src/pages/programs/interview-docx';
import { buildInterviewSheet } from '../../../shared/programs/interview-questions';
import type { InterviewAnswer } from '../../../shared/programs/program-schema';
import { QUESTION_BANK } from '../../../shared/programs/question-bank';
import { readZipEntry } from '../../e2e/support/read-zip-entry';
import { makeProgram } from './program-fixture';

const answer = (questionId: string, clarity: InterviewAnswer['clarity'], text: string): InterviewAnswer => ({
  questionId,
  answer: text,
  answeredBy: 'resident',
  clarity,
  date: '2026-02-01',
});

const folder = mkdtemp(join(tmpdir(), 'interview-docx-'));
afterAll(async () => rm(await folder, { recursive: true, force: true }));

/** The text of each paragraph in the Word file, in order. */
async function paragraphs(): Promise<string[]> {
  const program = makeProgram('Lakeshore IR', (p) => {
    p.answers = [answer('faculty-case-log-review', 'specific', 'Quarterly, by the APD'), answer('resident-hands-on', 'vague', 'Depends on the week')];
  });
  const path = join(await folder, 'sheet.docx');
  await writeFile(path, await Packer.toBuffer(buildInterviewDocx(program, buildInterviewSheet(program))));
  const xml = await readZipEntry(path, 'word/document.xml');
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([p]) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

describe('interview sheet in Word', () => {
  it('ticks only a specific answer; a vague one keeps an open box and says to ask again', async () => {
    const lines = await paragraphs();
    const at = (text: string) => lines.findIndex((line) => line.endsWith(text));
    const caseLog = at('Who looks over resident case logs, and how often, to spot gaps early?');
    const handsOn = at('How much of your IR week is spent doing cases yourself, and is it enough?');
    expect(lines[caseLog]).toMatch(/^☒ /);
    expect(lines[handsOn]).toMatch(/^☐ /);
    expect(lines.slice(handsOn)).toContain('◐ Vague — ask again (resident, 2026-02-01): Depends on the week');
    expect(lines.slice(caseLog)).toContain('Answered · specific (resident, 2026-02-01): Quarterly, by the APD');
    expect(lines.filter((line) => line.startsWith('☒ '))).toHaveLength(1);
  });

  it('keeps every question’s listen-for hint', async () => {
    const lines = await paragraphs();
    for (const question of QUESTION_BANK) expect(lines).toContain(`Listen for: ${question.listenFor}`);
  });
});
