/**
 * The screens of the custodian's check (SOP 3a), the agency head's validation (3b), the letters
 * register, publication (4) and the submission detail page. Beans only ask the core and show its
 * answers: queues are the core's repositories filtered by {@code Authorization}, actions are the
 * core's use cases run through {@code Feedback}.
 */
package id.go.ntbprov.satudata.web.screens.checking;
