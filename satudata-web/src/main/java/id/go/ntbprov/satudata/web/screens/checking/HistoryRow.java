package id.go.ntbprov.satudata.web.screens.checking;

import java.io.Serializable;

/**
 * One change of a version's state, as the history table shows it.
 *
 * @param at when
 * @param by who
 * @param from status before (empty for the upload)
 * @param to status after
 * @param note notes, reasons or the letter
 */
public record HistoryRow(String at, String by, String from, String to, String note)
    implements Serializable {}
