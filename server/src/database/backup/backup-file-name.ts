/** tandem-20261207T093000Z.dump: sorts by time, safe in every file system. */
export function backupFileName(prefix: string, at = new Date()): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${prefix}-${stamp}.dump`;
}
