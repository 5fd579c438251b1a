package vn.thidua.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What reward decisions say besides their awardees: the People's Committee's name and the legal bases
 * ("Căn cứ ...") each kind of decision cites. Numbering is configured under {@code thidua.decisions.numbering}.
 */
@ConfigurationProperties("thidua.decisions")
public record DecisionProperties(String peoplesCommittee, List<String> partyLegalBases,
    List<String> stateLegalBases) {

  public DecisionProperties {
    partyLegalBases = partyLegalBases == null ? List.of() : List.copyOf(partyLegalBases);
    stateLegalBases = stateLegalBases == null ? List.of() : List.copyOf(stateLegalBases);
  }
}
