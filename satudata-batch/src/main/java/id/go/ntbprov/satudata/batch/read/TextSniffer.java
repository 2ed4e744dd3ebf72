package id.go.ntbprov.satudata.batch.read;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Decides whether a file is text at all and in which charset, before any CSV parsing: binary junk
 * must be refused from its first block, not parsed as one endless field.
 *
 * <p>Rules, in order: a UTF-8 byte-order mark means UTF-8 (the mark is skipped); a UTF-16 mark
 * means UTF-16 (Excel's "Unicode text"); NUL bytes or more than 1% control bytes in the first
 * {@value #BLOCK} bytes mean not text; a file whose bytes are valid UTF-8 throughout (scanned to
 * the end, since a single {@code é} from Windows may sit on the last line) is UTF-8; anything else
 * is windows-1252, which decodes every byte. A declared charset skips detection, but declared UTF-8
 * on bytes that are not UTF-8 is refused naming the line, rather than turning cells into
 * replacement characters.
 */
final class TextSniffer {

  /** The first block: binary check, markup check, delimiter detection sample. */
  static final int BLOCK = 64 * 1024;

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** What the first block and the scan showed. */
  record Probe(Charset charset, int bomLength, String sample, boolean truncated) {}

  private TextSniffer() {}

  static Probe probe(Path file, Charset declared, String fileName) throws IOException {
    byte[] block;
    long size = Files.size(file);
    try (InputStream in = Files.newInputStream(file)) {
      block = in.readNBytes(BLOCK);
    }
    boolean truncated = size > block.length;
    int bom = 0;
    Charset charset = declared;
    if (startsWith(block, 0xEF, 0xBB, 0xBF)) {
      bom = 3;
      charset = StandardCharsets.UTF_8;
    } else if (startsWith(block, 0xFF, 0xFE)) {
      bom = 2;
      charset = StandardCharsets.UTF_16LE;
    } else if (startsWith(block, 0xFE, 0xFF)) {
      bom = 2;
      charset = StandardCharsets.UTF_16BE;
    }
    if (bom != 2 && looksBinary(block)) {
      throw ReadException.ofFile(ReadProblem.NOT_A_TABLE, fileName);
    }
    if (bom == 0 && (charset == null || charset.equals(StandardCharsets.UTF_8))) {
      long badLine = firstInvalidUtf8Line(file);
      if (badLine == 0) {
        charset = StandardCharsets.UTF_8;
      } else if (charset == null) {
        charset = WINDOWS_1252;
      } else {
        throw new ReadException(ReadProblem.NOT_UTF8, fileName, badLine, null, badLine);
      }
    }
    String sample = decode(block, bom, charset);
    String start = sample.stripLeading().toLowerCase(Locale.ROOT);
    if (start.startsWith("<?xml")
        || start.startsWith("<html")
        || start.startsWith("<!doctype")
        || start.startsWith("<table")) {
      throw ReadException.ofFile(ReadProblem.MARKUP, fileName);
    }
    return new Probe(charset, bom, sample, truncated);
  }

  private static boolean startsWith(byte[] block, int... prefix) {
    if (block.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((block[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** NUL anywhere, or over 1% bytes that no text editor writes (controls, 1252's unused codes). */
  private static boolean looksBinary(byte[] block) {
    int odd = 0;
    for (byte b : block) {
      int c = b & 0xFF;
      if (c == 0) {
        return true;
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
          || c == 0x7F
          || c == 0x81
          || c == 0x8D
          || c == 0x8F
          || c == 0x90
          || c == 0x9D) {
        odd++;
      }
    }
    return odd * 100L > block.length;
  }

  /**
   * Scans the whole file for UTF-8 validity (a streaming state machine, no decoding).
   *
   * @return 0 when valid, else the line (from 1) of the first invalid sequence
   */
  static long firstInvalidUtf8Line(Path file) throws IOException {
    long bad = firstInvalidUtf8Offset(file);
    return bad < 0 ? 0 : lineAt(file, bad);
  }

  /**
   * The offset of the first byte of an invalid UTF-8 sequence, or -1. Runs of ASCII are passed
   * eight bytes at a time: the whole file is read, so this is most of the cost of opening a large
   * CSV.
   */
  private static long firstInvalidUtf8Offset(Path file) throws IOException {
    byte[] buf = new byte[BLOCK];
    long base = 0;
    int need = 0;
    long start = 0; // where the sequence being completed began
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.readNBytes(buf, 0, BLOCK)) > 0) {
        int i = 0;
        while (i < n) {
          if (need == 0 && i + 8 <= n && (((long) LONGS.get(buf, i)) & 0x8080808080808080L) == 0) {
            i += 8;
            continue;
          }
          int c = buf[i] & 0xFF;
          if (need > 0) {
            if ((c & 0xC0) != 0x80) {
              return start;
            }
            need--;
          } else if (c >= 0x80) {
            start = base + i;
            if (c >= 0xC2 && c <= 0xDF) {
              need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
              need = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
              need = 3;
            } else {
              return start;
            }
          }
          i++;
        }
        base += n;
      }
    }
    return need == 0 ? -1 : start;
  }

  /** The line (from 1) holding byte {@code offset}. */
  private static long lineAt(Path file, long offset) throws IOException {
    byte[] buf = new byte[BLOCK];
    long line = 1;
    long pos = 0;
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while (pos < offset && (n = in.readNBytes(buf, 0, BLOCK)) > 0) {
        for (int i = 0; i < n && pos < offset; i++, pos++) {
          if (buf[i] == '\n') {
            line++;
          }
        }
      }
    }
    return line;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Decodes the block; a character cut at the block's end becomes a replacement character. */
  private static String decode(byte[] block, int bom, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(Arrays.copyOfRange(block, bom, block.length)))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("REPLACE never throws", e);
    }
  }
}
