package vn.thidua.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a reward decision (quyết định khen thưởng) says, for {@link DecisionDocument}: the same content makes the
 * draft the signer reads and, with its number, date and signer's name, the issued decision.
 *
 * @param authorityName the deciding body in capitals, e.g. "BAN THƯỜNG VỤ HUYỆN ỦY BÌNH SƠN" or "ỦY BAN NHÂN DÂN
 *     HUYỆN BÌNH SƠN"
 * @param superiorBody the line above a Party body, e.g. "ĐẢNG BỘ TỈNH QUẢNG NGÃI"; null for the State
 * @param nationalMotto the State's motto, its two lines separated by a line break; null for the Party, and for
 *     the State "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc" when null
 * @param party a Party decision ("ĐẢNG CỘNG SẢN VIỆT NAM" at the top right) rather than a State one
 * @param number the issued number, e.g. "15-QĐ/HU"; null in a draft, where the office will write it
 * @param numberSuffix what follows the number, printed after the blank in a draft: "-QĐ/HU" or "/QĐ-UBND"
 * @param place where the decision is dated, e.g. "Bình Sơn"
 * @param date the date of issue; null in a draft
 * @param subject the subject line (trích yếu), e.g. "Về việc khen thưởng tập thể, cá nhân có thành tích ..."
 * @param deciderTitle who decides, printed above the preamble: "BAN THƯỜNG VỤ HUYỆN ỦY" or "CHỦ TỊCH ỦY BAN NHÂN
 *     DÂN HUYỆN"
 * @param legalBases the "Căn cứ ..." lines, one paragraph each
 * @param proposalBasis "Xét đề nghị của Ban Tổ chức Huyện ủy tại Tờ trình ...", or null
 * @param awardees the annex, grouped by form in the order given
 * @param signerCapacity the signature's heading, lines separated by a line break: "T/M BAN THƯỜNG VỤ\nBÍ THƯ",
 *     "CHỦ TỊCH" or "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
 * @param signerName the signer's name; null in a draft
 * @param recipients the "Nơi nhận" lines, e.g. "Như Điều 3", "Lưu Văn phòng Huyện ủy"
 * @param draft a draft, marked "DỰ THẢO" on every page
 */
public record DecisionContent(String authorityName, String superiorBody, String nationalMotto, boolean party,
    String number, String numberSuffix, String place, LocalDate date, String subject, String deciderTitle,
    List<String> legalBases, String proposalBasis, List<Awardee> awardees, String signerCapacity, String signerName,
    List<String> recipients, boolean draft) {

  public DecisionContent {
    Objects.requireNonNull(authorityName, "authorityName");
    legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
    awardees = awardees == null ? List.of() : List.copyOf(awardees);
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }

  /**
   * One collective or person awarded, e.g. "Chi bộ Thôn 1" / "Tập thể" / "Đảng bộ xã Bình Châu" / "Chi bộ bốn tốt".
   *
   * @param money the reward money in đồng; null when the form carries none
   */
  public record Awardee(String nomineeName, String nomineeKindLabel, String unitName, String formName,
      String achievements, Long money) {

    public Awardee {
      if (money != null && money < 0) {
        throw new IllegalArgumentException("Reward money cannot be negative: " + money);
      }
    }
  }

  /** The same decision as issued: numbered, dated and signed, without the draft mark. */
  public DecisionContent issued(String number, LocalDate date, String signerName) {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    return new DecisionContent(authorityName, superiorBody, nationalMotto, party, number, numberSuffix, place, date,
        subject, deciderTitle, legalBases, proposalBasis, awardees, signerCapacity, signerName, recipients, false);
  }

  /** All reward money of the decision, in đồng. */
  public long totalMoney() {
    return awardees.stream().map(Awardee::money).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
  }
}
