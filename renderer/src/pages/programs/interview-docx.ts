import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import {
  SHEET_BOX,
  SHEET_FOOTNOTE,
  answerHeading,
  interviewSheetSections,
  type InterviewSheet,
  type InterviewSheetItem,
} from '../../../../shared/programs/interview-questions';
import type { Program } from '../../../../shared/programs/program-schema';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function questionParagraphs(entry: InterviewSheetItem): Paragraph[] {
  const paragraphs = [
    new Paragraph({
      spacing: { before: 80 },
      children: [new TextRun({ text: `${SHEET_BOX[entry.status]} ` }), new TextRun({ text: entry.question.text })],
    }),
  ];
  const hints = [entry.reason && `Why: ${entry.reason}`, `Listen for: ${entry.question.listenFor}`].filter(Boolean) as string[];
  for (const hint of hints) {
    paragraphs.push(new Paragraph({ indent: { left: 360 }, children: [new TextRun({ text: hint, italics: true, size: 16, color: '555555' })] }));
  }
  if (entry.answer) {
    paragraphs.push(
      new Paragraph({
        indent: { left: 360 },
        children: [
          new TextRun({ text: `${answerHeading(entry.answer)}: `, bold: true, size: 16 }),
          new TextRun({ text: oneLine(entry.answer.answer), size: 16 }),
        ],
      }),
    );
  }
  return paragraphs;
}

/** A compact Word sheet to carry into the interview: small type and narrow margins keep it near one page. */
export function buildInterviewDocx(program: Program, sheet: InterviewSheet): Document {
  const place = [program.institution, [program.city, program.state].filter(Boolean).join(', ')].filter(Boolean).join(' — ');
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, text: `Interview sheet: ${oneLine(program.name)}` })];
  if (place) children.push(new Paragraph({ children: [new TextRun({ text: oneLine(place), color: '555555' })] }));
  for (const { title, items } of interviewSheetSections(sheet)) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: title, spacing: { before: 160 } }));
    items.forEach((entry) => children.push(...questionParagraphs(entry)));
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Warning signs to check with residents', spacing: { before: 160 } }));
  for (const { item, answer } of sheet.checklist) {
    const mark = answer ? ` — ${answer.answer}` : '';
    children.push(new Paragraph({ children: [new TextRun({ text: `${answer ? SHEET_BOX.answered : SHEET_BOX.open} ${item.text}${mark}` })] }));
  }
  children.push(
    new Paragraph({ spacing: { before: 160 }, children: [new TextRun({ text: SHEET_FOOTNOTE, italics: true, size: 16, color: '555555' })] }),
  );
  return new Document({
    creator: 'IR Match Planner',
    title: `Interview sheet: ${oneLine(program.name)}`,
    styles: { default: { document: { run: { size: 18, font: 'Calibri' } } } },
    sections: [{ properties: { page: { margin: { top: 720, bottom: 720, left: 720, right: 720 } } }, children }],
  });
}

export function interviewDocxBlob(program: Program, sheet: InterviewSheet): Promise<Blob> {
  return Packer.toBlob(buildInterviewDocx(program, sheet));
}
