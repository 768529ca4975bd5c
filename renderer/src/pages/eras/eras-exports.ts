import { erasEntriesText, exposurePortfolio, toMarkdown } from '../../../../shared/statement/statement-document';
import { downloadBlob, downloadText } from '../../download';
import type { Workspace } from '../statement/load-workspace';

/** docx is a large library: fetched on the first Word export, not with the page. */
const loadExportDocx = () => import('../../docx/export-docx');

export function exportErasText(workspace: Workspace): void {
  downloadText('eras-experiences.txt', erasEntriesText(workspace), 'text/plain');
}

export function exportPortfolioMarkdown(workspace: Workspace): void {
  downloadText('exposure-portfolio.md', toMarkdown(exposurePortfolio(workspace)), 'text/markdown');
}

export async function exportPortfolioDocx(workspace: Workspace): Promise<void> {
  downloadBlob('exposure-portfolio.docx', await (await loadExportDocx()).exportDocxBlob(exposurePortfolio(workspace)));
}
