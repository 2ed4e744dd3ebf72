/**
 * Downloads of what the system found in an upload: the rejected-rows report ({@link
 * id.go.ntbprov.satudata.batch.export.FindingsExport}), streamed as CSV or XLSX with every text
 * cell neutralised against formula injection.
 */
package id.go.ntbprov.satudata.batch.export;
