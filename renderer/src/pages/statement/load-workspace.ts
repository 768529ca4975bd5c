import type { ExposureCollections } from '../../../../shared/exposure/exposure-collections';
import { findProcedure } from '../../../../shared/exposure/taxonomy';
import type { Program } from '../../../../shared/programs/program-schema';
import type { Profile } from '../../../../shared/schema/profile';
import type { ExportSource } from '../../../../shared/statement/statement-document';
import type { Statement } from '../../../../shared/statement/statement-schema';
import { api, unwrap } from '../../api';

export interface Workspace extends ExposureCollections {
  profile: Profile | null;
  statement: Statement;
  programs: Program[];
}

/** Everything the statement workspace reads, in one round of calls. */
export async function loadWorkspace(): Promise<Workspace> {
  const [statement, exposure, profile, shortlist] = await Promise.all([
    api()['statement:get'](),
    api()['exposure:get'](),
    api()['profile:get'](),
    api()['shortlist:get'](),
  ]);
  return { ...unwrap(exposure), statement: unwrap(statement), profile: unwrap(profile), programs: unwrap(shortlist).programs };
}

export const exportSource = (workspace: Workspace): ExportSource => workspace;

export function procedureNamer(workspace: Pick<Workspace, 'customProcedures'>): (id: string) => string {
  return (id) => findProcedure(id, workspace.customProcedures)?.name ?? 'Unlisted procedure';
}
