package id.go.ntbprov.satudata.core.submission;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.datalist.ItemDefinition;

/**
 * An upload that passed its checks and has its version number reserved, for uploads done in several
 * steps (a bulk import stores its rows chunk by chunk, then completes): see {@link
 * Collection#prepareUpload}.
 *
 * @param id the version the upload will become
 * @param agency the producing agency
 * @param item the item's definition at preparation time (its structure drives the check)
 */
public record UploadTicket(SubmissionId id, AgencyCode agency, ItemDefinition item) {}
