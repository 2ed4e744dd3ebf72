package id.go.ntbprov.satudata.batch.read;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Reads a generated 100,000-row, 10-column XLSX and prints rows per second; issue 4 asks for at
 * least 30,000 rows/s under {@code -Xmx256m}. Not a unit test (timing on shared CI machines is
 * noise); run with {@code mvn -B -pl satudata-batch test-compile exec:exec@xlsx-benchmark}, which
 * starts a JVM with {@code -Xmx256m}. Arguments: [rows] [rounds].
 */
public final class XlsxReadBenchmark {

  private XlsxReadBenchmark() {}

  /** Generates the file, reads it a few times, prints the figures. */
  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path dir = Files.createTempDirectory("xlsx-bench");
    Path file = dir.resolve("bench.xlsx");
    try {
      long t0 = System.nanoTime();
      generate(file, rows);
      System.out.printf(
          "generated %,d rows x 10 columns: %,d bytes in %d ms%n",
          rows, Files.size(file), (System.nanoTime() - t0) / 1_000_000);
      System.out.printf("max heap %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
      double best = 0;
      for (int round = 1; round <= rounds; round++) {
        long start = System.nanoTime();
        long count = 0;
        long cells = 0;
        long opened;
        try (TableSource source = TableReaders.open(file, ReadOptions.defaults())) {
          opened = System.nanoTime();
          while (source.hasNext()) {
            cells += source.next().length;
            count++;
          }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = count / seconds;
        best = Math.max(best, rate);
        System.out.printf(
            "round %d: %,d rows (%,d cells) in %.2f s = %,.0f rows/s (open %d ms)%n",
            round, count, cells, seconds, rate, (opened - start) / 1_000_000);
        if (count != rows) {
          throw new IllegalStateException("read " + count + " rows, expected " + rows);
        }
      }
      Runtime rt = Runtime.getRuntime();
      System.out.printf(
          "best %,.0f rows/s (goal 30,000); heap used after reads %d MiB%n",
          best, (rt.totalMemory() - rt.freeMemory()) >> 20);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  private static void generate(Path file, int rows) throws Exception {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("Data");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      String[] header = {
        "kode_wilayah", "nama_wilayah", "tahun", "tanggal", "laki_laki",
        "perempuan", "jumlah", "rasio", "kepadatan", "keterangan"
      };
      Row h = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        h.createCell(c).setCellValue(header[c]);
      }
      LocalDate day = LocalDate.of(2020, 1, 1);
      for (int r = 1; r <= rows; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(Integer.toString(5201 + r % 10));
        row.createCell(1).setCellValue("Wilayah " + r);
        row.createCell(2).setCellValue(2020);
        Cell d = row.createCell(3);
        d.setCellValue(day.plusDays(r % 365));
        d.setCellStyle(date);
        row.createCell(4).setCellValue(1000 + r);
        row.createCell(5).setCellValue(2000 + r);
        row.createCell(6).setCellValue(3000 + 2 * r);
        row.createCell(7).setCellValue(r / 7.0);
        row.createCell(8).setCellValue(123.45 + r);
        row.createCell(9).setCellValue(r % 3 == 0 ? "=catatan" : "ok");
      }
      wb.write(out);
    }
  }
}
