import type { BackupContents } from '../backup-contents';
import type { BackupReason } from '../backup-policy';
import type { AppDocument } from '../schema/document';

export type NoticeKind = 'recovered' | 'started-empty' | 'newer-version' | 'backup-failed';

/** Something the store did on the user's behalf that they must hear about. */
export interface StoreNotice {
  kind: NoticeKind;
  title: string;
  message: string;
  path?: string;
}

export interface AppInfo {
  version: string;
  shell: 'desktop' | 'preview';
  dataFile: string;
  dataDir: string;
  backupsDir: string;
  schemaVersion: number;
  /** `newer-version`: the file is from a newer app; nothing is read or written. */
  storeStatus: 'ready' | 'newer-version';
  isSample: boolean;
  canOpenDataFolder: boolean;
  notices: StoreNotice[];
}

export interface BackupInfo {
  name: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
  /** Whose data it holds, or that it is damaged; read once per file by the main process. */
  contents: BackupContents;
}

export interface ImportSummary {
  applicantName: string | null;
  schemaVersion: number;
  upgradedFrom: number | null;
  counts: Record<string, number>;
}

export interface ExportedData {
  fileName: string;
  json: string;
}

export type DocumentCounts = (doc: AppDocument) => Record<string, number>;
