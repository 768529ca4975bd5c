import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExportDocx } from '../../../renderer/src/docx/export-docx';
import type { ExportDocument } from '../../../shared/statement/statement-document';
import { readZipEntry } from '../../e2e/support/read-zip-entry';

const folder = mkdtemp(join(tmpdir(), 'export-docx-'));
afterAll(async () => rm(await folder, { recursive: true, force: true }));

async function documentXml(document: ExportDocument): Promise<string> {
  const path = join(await folder, 'export.docx');
  await writeFile(path, await Packer.toBuffer(buildExportDocx(document)));
  return readZipEntry(path, 'word/document.xml');
}

/** Each Word paragraph as Word shows it: its text runs, with "\n" where a line break (w:br) stands. */
function shownParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:br\/>|<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([tag, text]) => (tag === '<w:br/>' ? '\n' : (text ?? ''))).join(''),
  );
}

describe('Word export', () => {
  it('keeps the line breaks inside a paragraph as Word line breaks (the QA repro)', async () => {
    const xml = await documentXml({ title: 'Personal statement', blocks: [{ kind: 'paragraph', text: '# Not a heading\n1. numbered thought\n- dash thought' }] });
    expect(shownParagraphs(xml)).toContain('# Not a heading\n1. numbered thought\n- dash thought');
    // No run carries a raw newline, which Word would show as a space.
    expect([...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].some(([, text]) => text?.includes('\n'))).toBe(false);
    expect(xml.match(/<w:br\/>/g)).toHaveLength(2);
  });

  it('breaks lines inside a bullet item too, and leaves one-line text as one run', async () => {
    const xml = await documentXml({ title: 'Outline', blocks: [{ kind: 'bullets', items: ['Grit\nkept going', 'One line'] }, { kind: 'paragraph', text: 'Plain paragraph.' }] });
    const shown = shownParagraphs(xml);
    expect(shown).toContain('Grit\nkept going');
    expect(shown).toContain('One line');
    expect(shown).toContain('Plain paragraph.');
    expect(xml.match(/<w:br\/>/g)).toHaveLength(1);
  });
});
