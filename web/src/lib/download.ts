/** Hands a downloaded file to the browser as if a link had been clicked. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  // The click has already handed the data to the download; the URL would only hold the memory.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
