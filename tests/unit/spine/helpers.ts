import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Profile } from '../../../shared/schema/profile';

/** A fresh folder under the OS temp dir; call `cleanupTempDirs` in afterEach. */
const created: string[] = [];
export async function makeTempDir(prefix = 'irmp-spine-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export async function cleanupTempDirs(): Promise<void> {
  while (created.length > 0) {
    const dir = created.pop()!;
    await rm(dir, { recursive: true, force: true });
  }
}

export const validProfile = (overrides: Partial<Profile> = {}): Profile => ({
  fullName: 'Ada Applicant',
  medicalSchool: 'University of Somewhere',
  country: 'Ireland',
  graduationYear: 2024,
  ecfmgStatus: 'certified',
  step1: 'pass',
  step2ckScore: 245,
  targetMatchYear: 2027,
  pathways: ['integrated-ir'],
  careerInterest: 'academic',
  ...overrides,
});

/** The file's bytes, or null when it does not exist. */
export async function readBytes(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Names in a folder (sorted), or [] when it does not exist. */
export async function listDir(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
