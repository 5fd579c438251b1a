package vn.thidua.decision;

import java.text.Normalizer;

/** File names and labels as decisions and their pages write them. */
final class DecisionTexts {

  private DecisionTexts() {
  }

  /** "15-QĐ/HU" → "15-QD-HU": what a file name may hold. */
  static String fileNamePart(String number) {
    String plain = Normalizer.normalize(number == null ? "" : number, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace('Đ', 'D').replace('đ', 'd');
    return plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  static String documentKindLabel(String kind) {
    return switch (kind) {
      case RewardDecisionService.DRAFT_KIND -> "Dự thảo quyết định";
      case RewardDecisionService.ISSUED_KIND -> "Quyết định đã ban hành";
      case RewardDecisionService.SIGNED_SCAN_KIND -> "Bản quét quyết định đã ký";
      case RewardDecisionService.FORWARDING_KIND -> "Danh sách đề nghị cấp trên khen thưởng";
      default -> kind;
    };
  }
}
