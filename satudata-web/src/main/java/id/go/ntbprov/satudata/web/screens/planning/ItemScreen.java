package id.go.ntbprov.satudata.web.screens.planning;

import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.audit.AuditEntry;
import id.go.ntbprov.satudata.core.datalist.AvailabilityStatus;
import id.go.ntbprov.satudata.core.datalist.DataItem;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.Planning;
import id.go.ntbprov.satudata.core.rule.Messages;
import id.go.ntbprov.satudata.web.screens.CoreAccess;
import id.go.ntbprov.satudata.web.screens.Feedback;
import id.go.ntbprov.satudata.web.screens.LocaleSelection;
import id.go.ntbprov.satudata.web.screens.SignedIn;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One item of the data list (SOP 1a–1d): its definition to read or edit, the Pembina Data's
 * decision, the availability check and its history. With no code it is a new proposal. Every action
 * is the core's use case; the buttons shown are those the core permits the account.
 */
@Named("itemPage")
@ViewScoped
public class ItemScreen implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CoreAccess core;
  @Inject SignedIn signedIn;
  @Inject Feedback feedback;
  @Inject LocaleSelection locale;

  private Integer year;
  private String code;
  private boolean proposal;
  private ItemForm form;
  private final HashMap<String, String> input = new HashMap<>(Map.of("availability", "AVAILABLE"));
  private transient DataItem item;

  /** Loads the item named by the URL, or starts a proposal; an unknown item is a 404. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces.getResponseComplete()) {
      return; // refused by the guard
    }
    if (year == null) {
      year = core.today().getYear();
    }
    proposal = code == null || code.isBlank();
    if (proposal) {
      form =
          ItemForm.blank(
              getProducers().stream().findFirst().map(a -> a.code().value()).orElse(null));
      return;
    }
    Optional<DataItem> found = find();
    if (found.isEmpty()) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, code);
      faces.responseComplete();
      return;
    }
    item = found.get();
    form = ItemForm.of(item.definition());
  }

  private Optional<DataItem> find() {
    try {
      return core.sop().ports().items().find(new DataItemId(year, code));
    } catch (RuntimeException malformed) {
      return Optional.empty();
    }
  }

  /** The item as stored now (null for a new proposal). */
  public DataItem getItem() {
    if (item == null && !proposal) {
      item = find().orElse(null);
    }
    return item;
  }

  /** Proposes the new item, or revises the existing one. */
  public String save() {
    if (proposal) {
      boolean done =
          feedback.perform(
              () ->
                  planning()
                      .propose(signedIn.require(), new DataItemId(year, code), form.toCore(null)),
              "planning.item.proposed");
      if (done) {
        feedback.keepForRedirect();
        return "/staff/planning/item.xhtml?faces-redirect=true&year=" + year + "&code=" + code;
      }
      return null;
    }
    act(
        (p, id) -> p.revise(signedIn.require(), id, form.toCore(getItem().definition())),
        "planning.item.revised");
    return null;
  }

  /** The Pembina Data recommends the item to the forum. */
  public void recommend() {
    act(
        (p, id) -> p.recommend(signedIn.require(), id, input.get("notes")),
        "planning.item.recommended");
  }

  /** The Pembina Data sends the item back with notes. */
  public void sendBack() {
    act(
        (p, id) -> p.sendBack(signedIn.require(), id, input.get("notes")),
        "planning.item.sentBack");
  }

  /** The Pembina Data rejects the item with notes. */
  public void reject() {
    act((p, id) -> p.reject(signedIn.require(), id, input.get("notes")), "planning.item.rejected");
  }

  /** Records the availability check. */
  public void checkAvailability() {
    act(
        (p, id) ->
            p.checkAvailability(
                signedIn.require(),
                id,
                AvailabilityStatus.valueOf(input.get("availability")),
                input.get("reason")),
        "planning.item.availabilityChecked");
  }

  private void act(BiFunction<Planning, DataItemId, DataItem> action, String successKey) {
    DataItemId id = new DataItemId(year, code);
    if (feedback.perform(() -> action.apply(planning(), id), successKey)) {
      item = null;
      form = ItemForm.of(getItem().definition());
      input.remove("notes");
    }
  }

  private Planning planning() {
    return core.sop().planning();
  }

  /** Agencies the account may propose for (the producer choices). */
  public List<Agency> getProducers() {
    return core.sop().ports().agencies().all().stream()
        .filter(a -> signedIn.mayOn("PROPOSE_ITEM", a.code().value()))
        .toList();
  }

  /** Every step recorded on the item, oldest first. */
  public List<AuditEntry> getHistory() {
    return proposal
        ? List.of()
        : core.sop().ports().audit().forObject("item", new DataItemId(year, code).toString());
  }

  /** The step's name in the user's language. */
  public String stepLabel(AuditEntry e) {
    return Messages.format(locale.getLocale(), e.step().messageKey());
  }

  /** Whether the account may propose (new) or revise (existing) this item: the core's answer. */
  public boolean isEditable() {
    return proposal ? signedIn.may("PROPOSE_ITEM") : signedIn.mayOn("PROPOSE_ITEM", getOwner());
  }

  /** The producing agency's code of the stored item, for permission questions. */
  public String getOwner() {
    return getItem() == null ? "" : getItem().definition().producer().value();
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public boolean isProposal() {
    return proposal;
  }

  public ItemForm getForm() {
    return form;
  }

  /** The decision's notes and the availability check's status and reason, by name. */
  public Map<String, String> getInput() {
    return input;
  }
}
