package id.go.ntbprov.satudata.web.screens.checking;

import java.io.Serializable;

/**
 * The time-standard indicator of one submission, from the core's monitor: elapsed against allowed,
 * and whether the standard is breached.
 *
 * @param elapsed time taken (or elapsed while pending), written out
 * @param allowed time allowed, written out
 * @param late whether the standard is breached
 * @param pending whether the step is still to be done
 * @param text the whole indicator as one sentence
 */
public record TimeIndicator(
    String elapsed, String allowed, boolean late, boolean pending, String text)
    implements Serializable {}
