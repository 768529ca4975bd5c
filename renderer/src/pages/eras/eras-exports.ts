import { erasEntriesText, exposurePortfolio, toMarkdown } from '../../../../shared/statement/statement-document';
import { downloadBlob, downloadText } from '../../download';
import type { Workspace } from '../statement/load-workspace';

/** docx is a large library: fetched on the first Word export, not with the page. */
const loadExportDocx = () => import('../../docx/export-docx');

/** `today` tells planned experiences from the rest (see erasEntryText). */
export function exportErasText(workspace: Workspace, today: string): void {
  downloadText('eras-experiences.txt', erasEntriesText(workspace, today), 'text/plain');
}

export function exportPortfolioMarkdown(workspace: Workspace, today: string): void {
  downloadText('exposure-portfolio.md', toMarkdown(exposurePortfolio(workspace, today)), 'text/markdown');
}

export async function exportPortfolioDocx(workspace: Workspace, today: string): Promise<void> {
  downloadBlob('exposure-portfolio.docx', await (await loadExportDocx()).exportDocxBlob(exposurePortfolio(workspace, today)));
}
