package id.go.ntbprov.satudata.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CellCodecTest {

  @Test
  void emptyNullAndNoCellsStayApart() {
    List<String[]> distinct =
        List.of(
            new String[] {},
            new String[] {""},
            new String[] {null},
            new String[] {"", ""},
            new String[] {null, ""},
            new String[] {"\u001Bn"},
            new String[] {"\u001Bz"});
    List<String> encoded = distinct.stream().map(CellCodec::encode).toList();
    assertThat(encoded).doesNotHaveDuplicates();
    for (String[] cells : distinct) {
      assertThat(CellCodec.decode(CellCodec.encode(cells))).isEqualTo(cells);
    }
  }

  @Test
  void plainTextIsWrittenAsItIs() {
    assertThat(CellCodec.encode(new String[] {"52.01", "2025", "1.234,5", "a,\"b\"\nc"}))
        .isEqualTo("52.01\u001F2025\u001F1.234,5\u001Fa,\"b\"\nc");
  }

  @Test
  void encodedTextHoldsNoNulNorUnpairedSurrogate() {
    String e = CellCodec.encode(new String[] {"\u0000", "\uD800", "x\uDC00", "🙂"});
    assertThat(e).doesNotContain("\u0000");
    assertThat(e.codePoints()).noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
    assertThat(e).contains("🙂");
  }

  @Test
  void randomRowsRoundTrip() {
    char[] alphabet = {
      'a', 'Z', '0', ',', '"', '\'', '\n', '\r', '\t', ' ', '\\', '\u0000', '\u001B', '\u001F', 'n',
      'z', 'e', 'u', 'x', '\uD83D', '\uDE42', '\uD800', '\uDFFF', 'ü', '—'
    };
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      String[] cells = new String[random.nextInt(6)];
      for (int c = 0; c < cells.length; c++) {
        if (random.nextInt(8) == 0) {
          continue; // null
        }
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(7); k > 0; k--) {
          sb.append(alphabet[random.nextInt(alphabet.length)]);
        }
        cells[c] = sb.toString();
      }
      assertThat(CellCodec.decode(CellCodec.encode(cells))).isEqualTo(cells);
    }
  }

  @Test
  void singleTexts() {
    for (String s : List.of("", "kode", "\u0000", "\u001F\u001B", "a\nb")) {
      assertThat(CellCodec.decodeText(CellCodec.encodeText(s))).isEqualTo(s);
    }
  }
}
