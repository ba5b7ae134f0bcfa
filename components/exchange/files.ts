/** Files leaving and entering the side panel: a download, a printable page in a new tab, a dropped or picked file. */

/** Saves text as a file through the browser's own download (no permission needed). */
export function download(file: { name: string; mime: string; text: string | Uint8Array<ArrayBuffer> }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; keep it a little for slow browsers, then free it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Opens a self-contained HTML page (no scripts; its own CSP) in a new tab, for printing. */
export function openPage(html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
