package id.go.ntbprov.satudata.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.datalist.ItemDefinition;
import id.go.ntbprov.satudata.core.datalist.StatisticalMetadata;
import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.evaluation.Evaluation;
import id.go.ntbprov.satudata.core.evaluation.Figures;
import id.go.ntbprov.satudata.core.period.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON columns' documents, without a database: exact round trips and a stable text. */
class JsonDocumentsTest {

  @Test
  void itemDocumentRoundTrip() {
    ItemDefinition d = Samples.definition("Jumlah Nakes");
    String json = Json.write(ItemDocument.of(d.standard(), d.metadata(), d.structure()));
    ItemDocument back = Json.read(json, ItemDocument.class);
    assertThat(back.format()).isEqualTo(1);
    assertThat(back.standardValue()).isEqualTo(d.standard());
    assertThat(back.metadataValue()).isEqualTo(d.metadata());
    assertThat(back.structureValue()).isEqualTo(d.structure());
    assertThat(json)
        .startsWith("{\"format\":1,")
        .contains("\"max\":\"1000000.50\"") // scale kept: a string, not a number
        .contains("\"regionVariable\":\"kode_wilayah\"")
        .doesNotContain("Optional");
  }

  @Test
  void itemDocumentWithEmptyParts() {
    TableStructure bare = TableStructure.of(Variable.of("x", null, VariableType.TEXT, null));
    String json =
        Json.write(
            ItemDocument.of(Samples.definition("x").standard(), StatisticalMetadata.empty(), bare));
    ItemDocument back = Json.read(json, ItemDocument.class);
    assertThat(back.metadataValue()).isEqualTo(StatisticalMetadata.empty());
    assertThat(back.structureValue()).isEqualTo(bare);
    assertThat(json).doesNotContain("regionVariable").doesNotContain("null");
  }

  @Test
  void evaluationDocumentRoundTrip() {
    Evaluation e = Samples.evaluation();
    String json = Json.write(EvaluationDocument.of(e));
    assertThat(Json.read(json, EvaluationDocument.class).toDomain()).isEqualTo(e);
    assertThat(json)
        .contains("\"period\":\"2026-Q1\"")
        .contains("\"asOf\":\"2026-04-01T02:00:00.000000001Z\"")
        .contains("\"coverage\":\"0.6667\"")
        .contains("\"medianValidationToPublication\":\"PT3M30S\"")
        // agencies sorted by code: DINKES before DPMPD
        .containsSubsequence("\"agency\":\"DINKES\"", "\"agency\":\"DPMPD\"");
  }

  @Test
  void evaluationWithoutAgenciesOrBreaches() {
    Figures zero =
        new Figures(
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            new BigDecimal("0.0000"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            0,
            0,
            0);
    Evaluation e =
        new Evaluation(Period.year(2025), Instant.EPOCH, zero, Map.of(), List.of(), 0, 0);
    assertThat(Json.read(Json.write(EvaluationDocument.of(e)), EvaluationDocument.class).toDomain())
        .isEqualTo(e);
  }
}
