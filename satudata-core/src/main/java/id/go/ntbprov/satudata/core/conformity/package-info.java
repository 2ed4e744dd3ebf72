/**
 * The automatic conformity check of SOP step 3a (<i>pemeriksaan kesesuaian data</i>).
 *
 * <p>{@link id.go.ntbprov.satudata.core.conformity.ConformityChecker} checks an upload against its
 * item's structure and reference code lists while the upload is stored: a {@link
 * id.go.ntbprov.satudata.core.conformity.CheckSession} takes one row at a time and hands each
 * {@link id.go.ntbprov.satudata.core.conformity.Finding} to a {@link
 * id.go.ntbprov.satudata.core.conformity.FindingSink} at once. Nothing row-sized is kept but a
 * 64-bit hash per row key; the table-level results (empty table, regions without a row) come with
 * {@link id.go.ntbprov.satudata.core.conformity.CheckSession#finish()}, and the item's metadata is
 * checked by {@link id.go.ntbprov.satudata.core.conformity.ConformityChecker#checkMetadata}.
 *
 * <p>Every finding names its {@link id.go.ntbprov.satudata.core.conformity.CheckRule}, the
 * spreadsheet row and column and the value, and reads in Indonesian or English through the core's
 * messages bundle ({@code check.*} keys).
 */
package id.go.ntbprov.satudata.core.conformity;
