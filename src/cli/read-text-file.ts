/** Reads a dataset file for the command-line tools: its UTF-8 text, or a plain reason why it cannot be read. */
import { readFileSync, statSync } from 'node:fs';
import { notUtf8Message } from '../data/read-input-text';

export type TextFileRead = { ok: true; text: string } | { ok: false; reason: string };

export function readTextFile(file: string): TextFileRead {
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory()) return { ok: false, reason: 'it is a folder, not a file' };
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'there is no such file' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'permission denied' };
    return { ok: false, reason: code ?? (error instanceof Error ? error.message : 'unknown error') };
  }
  try {
    // Refuse rather than silently replace bytes that are not UTF-8: quotes must match exactly.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: `it ${notUtf8Message(bytes.subarray(0, 4))}` };
  }
}
