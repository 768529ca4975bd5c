import { asOfToday } from '../../../../shared/exposure/planned-experiences';
import { localToday } from '../../../../shared/local-today';
import { erasEntriesText, exposurePortfolio, toMarkdown } from '../../../../shared/statement/statement-document';
import { downloadBlob, downloadText } from '../../download';
import type { Workspace } from '../statement/load-workspace';

/** docx is a large library: fetched on the first Word export, not with the page. */
const loadExportDocx = () => import('../../docx/export-docx');

/** As Copy gives each entry: a planned experience without hours, none being worked yet. */
export function exportErasText(workspace: Workspace, today: string): void {
  const experiences = workspace.experiences.map((experience) => asOfToday(experience, today));
  downloadText('eras-experiences.txt', erasEntriesText({ ...workspace, experiences }), 'text/plain');
}

export function exportPortfolioMarkdown(workspace: Workspace): void {
  downloadText('exposure-portfolio.md', toMarkdown(exposurePortfolio(workspace, localToday())), 'text/markdown');
}

export async function exportPortfolioDocx(workspace: Workspace): Promise<void> {
  downloadBlob('exposure-portfolio.docx', await (await loadExportDocx()).exportDocxBlob(exposurePortfolio(workspace, localToday())));
}
