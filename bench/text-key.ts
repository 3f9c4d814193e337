/** Two texts that differ only in spacing, case or digits are the same sentence (for leaving corpus lines out of training). */
export function textKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\d+/g, '0').replace(/\s+/g, '');
}
