declare module 'cytoscape-fcose' {
	const extension: import('cytoscape').Ext;
	export default extension;
}
declare module 'cytoscape-svg' {
	const extension: import('cytoscape').Ext;
	export default extension;
}
declare module 'cytoscape-edgehandles' {
	const extension: import('cytoscape').Ext;
	export default extension;
}
