package vn.thidua.posting;

/**
 * One agreed reward proposal as the posted list shows it to the public: who is nominated, by which
 * unit, for which reward, and why.
 */
public record PostedEntry(Long proposalId, String nomineeName, String nomineeKindLabel, String unitName,
    String trackLabel, String rewardFormName, String achievements) {
}
