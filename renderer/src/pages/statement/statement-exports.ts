import { outlineDocument, statementDocument, toMarkdown, type ExportDocument } from '../../../../shared/statement/statement-document';
import { downloadBlob, downloadText } from '../../download';
import { procedureNamer, type Workspace } from './load-workspace';

/** docx is a large library: fetched on the first Word export, not with the page. */
const loadExportDocx = () => import('../../docx/export-docx');

export type StatementExport = 'statement' | 'outline';

function documentFor(kind: StatementExport, workspace: Workspace): { doc: ExportDocument; file: string } {
  if (kind === 'statement') return { doc: statementDocument(workspace), file: 'personal-statement' };
  return { doc: outlineDocument(workspace, procedureNamer(workspace)), file: 'statement-outline' };
}

export function exportMarkdown(kind: StatementExport, workspace: Workspace): void {
  const { doc, file } = documentFor(kind, workspace);
  downloadText(`${file}.md`, toMarkdown(doc), 'text/markdown');
}

export async function exportDocx(kind: StatementExport, workspace: Workspace): Promise<void> {
  const { doc, file } = documentFor(kind, workspace);
  downloadBlob(`${file}.docx`, await (await loadExportDocx()).exportDocxBlob(doc));
}
