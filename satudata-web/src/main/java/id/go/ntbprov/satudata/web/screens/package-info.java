/**
 * The staff screens (Jakarta Faces + PrimeFaces): one {@code @Named @ViewScoped} bean per screen,
 * each delegating to the core's use cases and asking the core what is allowed. Shared here: the
 * {@link id.go.ntbprov.satudata.web.screens.Screen} registry (every screen with the SOP steps that
 * open it, used by the menu and by the server-side {@link
 * id.go.ntbprov.satudata.web.screens.ScreenGuard}), the signed-in account, the texts bundle ({@code
 * #{t['key']}}, Bahasa Indonesia by default, English), the language choice, and {@link
 * id.go.ntbprov.satudata.web.screens.Feedback}, which turns the core's refusals into messages in
 * the chosen language.
 */
package id.go.ntbprov.satudata.web.screens;
