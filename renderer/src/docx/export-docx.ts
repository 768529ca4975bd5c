import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { DocBlock, ExportDocument } from '../../../shared/statement/statement-document';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** One run per line, each after the first opening with a line break: Word shows a "\n" inside a run as a space. */
function lineRuns(text: string): TextRun[] {
  return text.split(/\r\n?|\n/).map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined }));
}

function blockParagraphs(block: DocBlock): Paragraph[] {
  if (block.kind === 'heading') return [new Paragraph({ heading: HEADINGS[block.level], text: block.text })];
  if (block.kind === 'paragraph') return [new Paragraph({ spacing: { after: 160 }, children: lineRuns(block.text) })];
  return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: lineRuns(item) }));
}

/** A Word document holding exactly the blocks of an export (the same model the Markdown export uses). */
export function buildExportDocx(document: ExportDocument): Document {
  return new Document({
    creator: 'IR Match Planner',
    title: document.title,
    sections: [
      {
        children: [new Paragraph({ heading: HeadingLevel.TITLE, text: document.title }), ...document.blocks.flatMap(blockParagraphs)],
      },
    ],
  });
}

export function exportDocxBlob(document: ExportDocument): Promise<Blob> {
  return Packer.toBlob(buildExportDocx(document));
}
