package vn.thidua.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What a submission (tờ trình) to the Standing Committee lists: the reward proposals agreed after appraisal,
 * grouped by track and form, in the order they are to be printed.
 *
 * @param issuingBody the Party committee whose Standing Committee decides, e.g. "Huyện ủy Bình Sơn"
 * @param superiorBody the body above it, e.g. "Đảng bộ tỉnh Quảng Ngãi"
 * @param place where the document is dated, e.g. "Bình Sơn"
 * @param planNumber the campaign's plan, e.g. "123-KH/HU"
 * @param phaseName the phase as it reads in a sentence, e.g. "sơ kết đợt 1 (8/2024 – 7/2025)"
 */
public record SubmissionList(String issuingBody, String superiorBody, String place, LocalDate date,
    String campaignTitle, String planNumber, String phaseName, List<Group> groups) {

  public SubmissionList {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }

  /** The proposals of one form of one track, e.g. "Khen thưởng của Đảng" / "Chi bộ bốn tốt". */
  public record Group(String trackLabel, String formName, List<Entry> entries) {
    public Group {
      entries = entries == null ? List.of() : List.copyOf(entries);
    }
  }

  /** One nominee, e.g. "Chi bộ Thôn 1" / "Tập thể" / "Đảng bộ xã Bình Châu" / what it achieved. */
  public record Entry(String nomineeName, String nomineeKindLabel, String unitName, String achievements) {
  }

  /** All proposals listed. */
  public int total() {
    return groups.stream().mapToInt(group -> group.entries().size()).sum();
  }
}
