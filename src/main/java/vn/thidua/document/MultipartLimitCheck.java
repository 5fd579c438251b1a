package vn.thidua.document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Warns at start-up when the servlet container's multipart limits would refuse a file the document rules
 * accept: people would then get a bare "too large" answer instead of the rule that applies.
 */
@Component
class MultipartLimitCheck {

  private static final Logger log = LoggerFactory.getLogger(MultipartLimitCheck.class);

  MultipartLimitCheck(DocumentProperties documents, ObjectProvider<MultipartProperties> multipart) {
    MultipartProperties limits = multipart.getIfAvailable();
    if (limits == null || !limits.isEnabled()) {
      return;
    }
    DataSize documentLimit = documents.maxSize();
    if (!above(limits.getMaxFileSize(), documentLimit) || !above(limits.getMaxRequestSize(), documentLimit)) {
      log.warn("spring.servlet.multipart.max-file-size ({}) and max-request-size ({}) should be well above "
          + "thidua.documents.max-size ({}): larger uploads are cut off with 413 before the document check explains "
          + "the limit", limits.getMaxFileSize(), limits.getMaxRequestSize(), documentLimit);
    }
  }

  /** A negative multipart limit means none. */
  private static boolean above(DataSize multipartLimit, DataSize documentLimit) {
    return multipartLimit == null || multipartLimit.isNegative() || multipartLimit.compareTo(documentLimit) > 0;
  }
}
