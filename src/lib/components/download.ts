/** Hands the browser a file to save: a blob (its URL released once the download has started) or a data URL. */
export function downloadFile(content: Blob | string, name: string): void {
	const href = typeof content === 'string' ? content : URL.createObjectURL(content);
	const link = document.createElement('a');
	link.href = href;
	link.download = name;
	link.click();
	if (typeof content !== 'string') setTimeout(() => URL.revokeObjectURL(href), 1000);
}
