package id.go.ntbprov.satudata.batch.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Fonts, colours, table cells and the page footer shared by the report and the exposé. Helvetica in
 * Cp1252 (WinAnsi) covers Indonesian and English, the dashes and "é", and needs no embedded font
 * file.
 */
final class PdfKit {

  static final Color PRIMARY = new Color(0x0B, 0x4F, 0x8A);
  static final Color HEADER_FILL = new Color(0xDD, 0xE8, 0xF3);
  static final Color ZEBRA = new Color(0xF5, 0xF7, 0xFA);
  static final Color GOOD = new Color(0x2E, 0x7D, 0x32);
  static final Color FAIR = new Color(0xF9, 0xA8, 0x25);
  static final Color POOR = new Color(0xC6, 0x28, 0x28);
  static final Color MUTED = new Color(0x75, 0x75, 0x75);
  static final Color GRID = new Color(0xCF, 0xD8, 0xDC);

  final BaseFont regular;
  final BaseFont bold;

  PdfKit() {
    try {
      regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
      bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Font font(float size) {
    return new Font(regular, size);
  }

  Font bold(float size) {
    return new Font(bold, size);
  }

  Font font(float size, Color color, boolean isBold) {
    return new Font(isBold ? bold : regular, size, Font.NORMAL, color);
  }

  Paragraph heading(String text, float size) {
    Paragraph p = new Paragraph(text, font(size, PRIMARY, true));
    p.setSpacingBefore(size * 0.8f);
    p.setSpacingAfter(size * 0.4f);
    return p;
  }

  PdfPCell header(String text, float size) {
    PdfPCell c = new PdfPCell(new Phrase(text, bold(size)));
    c.setBackgroundColor(HEADER_FILL);
    c.setPadding(2);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    return c;
  }

  PdfPCell cell(String text, float size, int align, boolean shaded) {
    PdfPCell c = new PdfPCell(new Phrase(text, font(size)));
    c.setHorizontalAlignment(align);
    c.setPadding(3);
    c.setBorderColor(GRID);
    if (shaded) {
      c.setBackgroundColor(ZEBRA);
    }
    return c;
  }

  /** Traffic-light colour of a coverage ratio: at least 80% good, at least 50% fair. */
  static Color coverageColour(double ratio) {
    return ratio >= 0.8 ? GOOD : ratio >= 0.5 ? FAIR : POOR;
  }

  /**
   * Writes the footer of every page: a short title on the left and "Halaman x dari y" on the right.
   * The total is unknown until the document closes, so it goes into a template that is filled in
   * then.
   */
  static final class Footer extends PdfPageEventHelper {
    private static final float SIZE = 8;
    private final PdfKit kit;
    private final Labels labels;
    private final String left;
    private PdfTemplate total;

    Footer(PdfKit kit, Labels labels, String left) {
      this.kit = kit;
      this.labels = labels;
      this.left = left;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
      total = writer.getDirectContent().createTemplate(40, SIZE + 4);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte cb = writer.getDirectContent();
      Rectangle page = document.getPageSize();
      float y = document.bottomMargin() / 2;
      String pageText = labels.get("footer.page", writer.getPageNumber()) + " ";
      float right = page.getWidth() - document.rightMargin();
      // Leave room for up to four digits of the total.
      float x = right - kit.regular.getWidthPoint(pageText + "0000", SIZE);
      cb.saveState();
      cb.setColorFill(MUTED);
      cb.beginText();
      cb.setFontAndSize(kit.regular, SIZE);
      cb.showTextAligned(Element.ALIGN_LEFT, left, document.leftMargin(), y, 0);
      cb.showTextAligned(Element.ALIGN_LEFT, pageText, x, y, 0);
      cb.endText();
      cb.addTemplate(total, x + kit.regular.getWidthPoint(pageText, SIZE), y);
      cb.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      total.beginText();
      total.setColorFill(MUTED);
      total.setFontAndSize(kit.regular, SIZE);
      total.showText(String.valueOf(writer.getPageNumber() - 1));
      total.endText();
    }
  }
}
