package id.go.ntbprov.satudata.batch.report;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A horizontal bar chart drawn as PDF vector graphics (a form XObject wrapped in an {@link Image}),
 * so it stays sharp when printed, needs no AWT display and costs microseconds. Bars may be stacked
 * (segments), e.g. late and still-pending breaches of one step.
 */
final class BarChart {

  /** One bar: its label, its segments (left to right) and their colours, the text at its end. */
  record Bar(String label, double[] values, Color[] colours, String valueText) {
    double total() {
      double t = 0;
      for (double v : values) {
        t += v;
      }
      return t;
    }
  }

  /** A legend entry. */
  record Key(String name, Color colour) {}

  private static final float AXIS = 14;
  private static final float LEGEND = 16;

  private final PdfKit kit;
  private final List<Bar> bars;
  private final List<Key> legend;
  private final double max;
  private final DoubleFunction<String> tick;

  /**
   * @param max the value at the right end of the axis (1 for ratios, a rounded-up count else)
   * @param tick prints axis values, e.g. as percentages
   */
  BarChart(PdfKit kit, List<Bar> bars, List<Key> legend, double max, DoubleFunction<String> tick) {
    this.kit = kit;
    this.bars = bars;
    this.legend = legend;
    this.max = max <= 0 ? 1 : max;
    this.tick = tick;
  }

  /** A round axis end for counts: a multiple of 4 so that the quarter ticks are whole numbers. */
  static double niceMax(double largest) {
    double m = Math.max(4, Math.ceil(largest));
    return Math.ceil(m / 4) * 4;
  }

  /** Draws the chart into a {@code width} × {@code height} point image. */
  Image draw(PdfContentByte cb, float width, float height) {
    PdfTemplate t = cb.createTemplate(width, height);
    float top = height - (legend.isEmpty() ? 2 : LEGEND);
    float bottom = AXIS;
    float row = (top - bottom) / Math.max(1, bars.size());
    float size = Math.max(4.5f, Math.min(9, row * 0.75f));
    BaseFont font = kit.regular;

    float labelWidth = 0;
    float valueWidth = 0;
    for (Bar b : bars) {
      labelWidth = Math.max(labelWidth, font.getWidthPoint(b.label(), size));
      valueWidth = Math.max(valueWidth, font.getWidthPoint(b.valueText(), size));
    }
    labelWidth = Math.min(width * 0.38f, labelWidth) + 6;
    float x0 = labelWidth;
    float x1 = width - valueWidth - 8;
    float scale = (float) ((x1 - x0) / max);

    drawGrid(t, x0, x1, bottom, top, font);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      float y = top - (i + 1) * row;
      float barHeight = row * 0.7f;
      float barY = y + (row - barHeight) / 2;
      float x = x0;
      for (int s = 0; s < b.values().length; s++) {
        float w = (float) (b.values()[s] * scale);
        if (w > 0) {
          t.setColorFill(b.colours()[s]);
          t.rectangle(x, barY, w, barHeight);
          t.fill();
          x += w;
        }
      }
      float textY = barY + (barHeight - size * 0.7f) / 2;
      t.beginText();
      t.setColorFill(Color.BLACK);
      t.setFontAndSize(font, size);
      t.showTextAligned(
          Element.ALIGN_RIGHT, fit(b.label(), font, size, labelWidth - 6), x0 - 4, textY, 0);
      t.showTextAligned(Element.ALIGN_LEFT, b.valueText(), x + 3, textY, 0);
      t.endText();
    }
    drawLegend(t, height, font);
    try {
      return Image.getInstance(t);
    } catch (BadElementException e) {
      throw new IllegalStateException(e);
    }
  }

  private void drawGrid(PdfTemplate t, float x0, float x1, float bottom, float top, BaseFont f) {
    t.setColorStroke(PdfKit.GRID);
    t.setLineWidth(0.5f);
    for (int q = 0; q <= 4; q++) {
      float x = x0 + (x1 - x0) * q / 4;
      t.moveTo(x, bottom);
      t.lineTo(x, top);
    }
    t.stroke();
    t.beginText();
    t.setColorFill(PdfKit.MUTED);
    t.setFontAndSize(f, 7);
    for (int q = 0; q <= 4; q++) {
      float x = x0 + (x1 - x0) * q / 4;
      t.showTextAligned(Element.ALIGN_CENTER, tick.apply(max * q / 4), x, bottom - 9, 0);
    }
    t.endText();
  }

  private void drawLegend(PdfTemplate t, float height, BaseFont f) {
    float x = 0;
    float y = height - LEGEND + 4;
    for (Key k : legend) {
      t.setColorFill(k.colour());
      t.rectangle(x, y, 8, 8);
      t.fill();
      t.beginText();
      t.setColorFill(Color.BLACK);
      t.setFontAndSize(f, 8);
      t.showTextAligned(Element.ALIGN_LEFT, k.name(), x + 11, y + 1, 0);
      t.endText();
      x += 11 + f.getWidthPoint(k.name(), 8) + 14;
    }
  }

  /** Shortens a label with "…" so that long agency names do not eat the plot. */
  static String fit(String text, BaseFont font, float size, float width) {
    if (font.getWidthPoint(text, size) <= width) {
      return text;
    }
    String s = text;
    while (s.length() > 1 && font.getWidthPoint(s + "\u2026", size) > width) {
      s = s.substring(0, s.length() - 1);
    }
    return s.strip() + "\u2026";
  }
}
