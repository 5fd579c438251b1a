package vn.thidua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Whether a file that starts as a JPEG or PNG decodes as one, and is not so large that decoding it would exhaust
 * memory. The dimensions are read from the header before any pixel; the pixels are then decoded at a reduced
 * scale, which still reads every byte of the image but keeps the decoded picture small. Each problem is said in
 * Vietnamese, to follow "Tệp "x.png" ".
 */
final class ImageCheck {

  /** Room for an A4 page scanned at 600 dpi (about 35 megapixels) or a phone's photo of it. */
  static final long MAX_PIXELS = 40_000_000L;
  /** The side the decoded picture is reduced to at most, in pixels. */
  private static final int DECODED_SIDE = 1024;

  private ImageCheck() {
  }

  /** What is wrong with the image of this type, empty when it decodes within the limit. */
  static Optional<String> problem(DocumentType type, byte[] content) {
    String notImage = "không phải ảnh " + type.label() + " hợp lệ: ";
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.contentType());
      if (input == null || !readers.hasNext()) {
        return Optional.of(notImage + "không có bộ đọc ảnh loại này");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
          return Optional.of(notImage + "kích thước ảnh không hợp lệ");
        }
        if (width * height > MAX_PIXELS) {
          return Optional.of("là ảnh quá lớn: " + width + " × " + height + " điểm ảnh, tối đa "
              + MAX_PIXELS / 1_000_000 + " triệu điểm ảnh; hãy thu nhỏ hoặc quét lại ở độ phân giải thấp hơn");
        }
        ImageReadParam scaledDown = reader.getDefaultReadParam();
        int step = (int) Math.max(1, Math.max(width, height) / DECODED_SIDE);
        scaledDown.setSourceSubsampling(step, step, 0, 0);
        // a raster needs no colour conversion, so a CMYK scan (which ImageIO cannot show) still passes
        if (reader.canReadRaster()) {
          reader.readRaster(0, scaledDown);
        } else {
          reader.read(0, scaledDown);
        }
        return Optional.empty();
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      // IIOException for damaged data; the JDK's decoders throw runtime exceptions on some malformed headers
      return Optional.of(notImage + "ảnh bị hỏng, không giải mã được");
    }
  }
}
