package id.go.ntbprov.satudata.batch.read;

/**
 * What number-style detection saw in the first data rows of a CSV, so a screen can say why it
 * chose: cells that can only be Indonesian ({@code 1.234,5}, {@code 12,5}, {@code 1.234.567}) and
 * cells that can only be dot-decimal ({@code 1,234.5}, {@code 12.5}, {@code 1,234,567}). Cells such
 * as {@code 1.234} or {@code 1,234} fit both and are not counted.
 *
 * @param commaDecimalCells cells only readable as comma-decimal
 * @param dotDecimalCells cells only readable as dot-decimal
 * @param rowsScanned data rows looked at
 */
public record NumberStyleEvidence(int commaDecimalCells, int dotDecimalCells, int rowsScanned) {}
