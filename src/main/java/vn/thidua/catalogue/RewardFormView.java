package vn.thidua.catalogue;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A catalogue entry as other features and the API see it. Money multiples are null when the form
 * carries no money here (e.g. the province pays its own forms), and so are the amounts in VND; the JSON
 * shows those nulls so that an editor can send the entry back as it read it. The Vietnamese labels of
 * the enums come along in the JSON ({@code trackLabel}, ...).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RewardFormView(
    String code,
    String name,
    RewardFormKind kind,
    Track track,
    NomineeScope nomineeScope,
    DecidingAuthority decidedBy,
    List<DocumentKind> requiredDocuments,
    BigDecimal moneyMultipleIndividual,
    BigDecimal moneyMultipleCollective,
    Long moneyIndividual,
    Long moneyCollective,
    boolean active,
    int sortOrder,
    int version) {

  public RewardFormView {
    requiredDocuments = requiredDocuments == null ? List.of() : List.copyOf(requiredDocuments);
  }

  /** Whether a nominee of this kind may be proposed for this form of this track now (retired forms may not). */
  public boolean allows(Track wantedTrack, NomineeKind nomineeKind) {
    return active && track == wantedTrack && nomineeScope.allows(nomineeKind);
  }

  /** VND a nominee of this kind receives with this form; 0 when none. */
  public long moneyFor(NomineeKind nomineeKind) {
    if (!nomineeScope.allows(nomineeKind)) {
      return 0;
    }
    Long money = nomineeKind == NomineeKind.INDIVIDUAL ? moneyIndividual : moneyCollective;
    return money == null ? 0 : money;
  }

  @JsonProperty("kindLabel")
  public String kindLabel() {
    return kind.label();
  }

  @JsonProperty("trackLabel")
  public String trackLabel() {
    return track.label();
  }

  @JsonProperty("nomineeScopeLabel")
  public String nomineeScopeLabel() {
    return nomineeScope.label();
  }

  @JsonProperty("decidedByLabel")
  public String decidedByLabel() {
    return decidedBy.label();
  }

  @JsonProperty("requiredDocumentLabels")
  public List<String> requiredDocumentLabels() {
    return requiredDocuments.stream().map(DocumentKind::label).toList();
  }
}
