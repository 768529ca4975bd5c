import { expect } from 'vitest';
import { z } from 'zod';

/** Why `message` would not read well to a person, or null when it does. */
export function unreadableBecause(message: unknown): string | null {
  if (typeof message !== 'string') return `not text but ${typeof message}`;
  if (message.trim() === '') return 'empty';
  if (message.includes('[object Object]')) return 'says [object Object]';
  if (/\n\s+at .+:\d+:\d+/.test(message) || /\bat (async )?\S+ \(.*:\d+:\d+\)/.test(message)) return 'holds a stack trace';
  if (/^\s*[[{]/.test(message) || /"(code|path|expected)"\s*:/.test(message) || message.includes('ZodError')) {
    return 'is a raw zod or JSON dump';
  }
  // A message that echoes a huge input back is not one anybody can read.
  if (message.length > 2_000) return `is ${message.length} characters long`;
  return null;
}

export function expectReadable(message: unknown, label: string): void {
  expect(unreadableBecause(message), `${label}: ${String(message).slice(0, 300)}`).toBeNull();
}

/** Top-level keys of an object schema that must be present (no default, not optional). */
export function requiredKeysOf(schema: z.ZodType): string[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key);
}

/** Fails if anything wrote to Object.prototype (a `__proto__` key handled unsafely). */
export function expectPrototypeClean(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted, 'Object.prototype was polluted').toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
}
