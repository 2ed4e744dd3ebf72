/**
 * The evaluation report documents (SOP 5a): an {@link
 * id.go.ntbprov.satudata.core.evaluation.Evaluation} rendered as a PDF report, an XLSX of its
 * figures and a progress exposé for the regional head, in Bahasa Indonesia or English. Plain
 * library code (OpenPDF, Apache POI; no Jakarta EE), so the batch job, the REST API and tests call
 * it alike. Start at {@link id.go.ntbprov.satudata.batch.report.ReportRenderer}.
 */
package id.go.ntbprov.satudata.batch.report;
