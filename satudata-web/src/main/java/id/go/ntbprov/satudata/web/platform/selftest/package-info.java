/**
 * The platform self-test: a tiny chunk job, {@code platform-self-test}, that writes rows into the
 * application's database ({@code platform_probe}) while the batch runtime records its progress in
 * the same database through the same pool. It proves on a running server what the design relies on:
 * a chunk transaction holds one local resource, so no XA and no two-phase commit; the job
 * repository survives restarts. Off unless {@code satudata.platform.self-test=true} (environment
 * {@code SATUDATA_PLATFORM_SELF_TEST=true}); the integration tests switch it on.
 */
package id.go.ntbprov.satudata.web.platform.selftest;
