package vn.thidua.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What a submission to the superior body (tờ trình đề nghị cấp trên khen thưởng) lists: the proposals approved
 * here whose form the superior body decides, for {@link ForwardingDocument}.
 *
 * @param issuingBody the Party committee whose Standing Committee proposes, e.g. "Huyện ủy Bình Sơn"
 * @param superiorBody the Party organisation above, e.g. "Đảng bộ tỉnh Quảng Ngãi": in capitals above the issuing
 *     body, and its Standing Committee is addressed ("Kính gửi: Ban Thường vụ Đảng bộ tỉnh Quảng Ngãi")
 * @param place where the document is dated, e.g. "Bình Sơn"
 * @param planNumber the campaign's plan, e.g. "123-KH/HU"; may be null
 * @param phaseName the phase as it reads in a sentence, e.g. "sơ kết đợt 1 (8/2024 – 7/2025)"; may be null
 * @param entries the proposals, grouped by form in the order given
 */
public record ForwardingList(String issuingBody, String superiorBody, String place, LocalDate date,
    String campaignTitle, String planNumber, String phaseName, List<Entry> entries) {

  public ForwardingList {
    entries = entries == null ? List.of() : List.copyOf(entries);
  }

  /** One proposal, e.g. "Chi bộ Thôn 1" / "Tập thể" / "Đảng bộ xã Bình Châu" / "Bằng khen của Tỉnh ủy" / "...". */
  public record Entry(String nomineeName, String nomineeKindLabel, String unitName, String formName,
      String achievements) {
  }
}
