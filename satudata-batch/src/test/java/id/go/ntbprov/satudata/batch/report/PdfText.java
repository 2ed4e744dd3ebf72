package id.go.ntbprov.satudata.batch.report;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox: its pages and its text, whitespace collapsed (lines wrap). */
record PdfText(int pages, float width, float height, int rotation, String text) {

  static PdfText read(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var box = doc.getPage(0).getMediaBox();
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      return new PdfText(
          doc.getNumberOfPages(),
          box.getWidth(),
          box.getHeight(),
          doc.getPage(0).getRotation(),
          text);
    }
  }
}
