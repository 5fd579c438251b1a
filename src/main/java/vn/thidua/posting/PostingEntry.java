package vn.thidua.posting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A posted entry as stored: the list as it was published, whatever later happens to the proposal. */
@Embeddable
record PostingEntry(
    @Column(name = "proposal_id", nullable = false) Long proposalId,
    @Column(name = "nominee_name", nullable = false) String nomineeName,
    @Column(name = "nominee_kind_label") String nomineeKindLabel,
    @Column(name = "unit_name") String unitName,
    @Column(name = "track_label") String trackLabel,
    @Column(name = "reward_form_name", nullable = false) String rewardFormName,
    @Column(name = "achievements") String achievements) {
}
