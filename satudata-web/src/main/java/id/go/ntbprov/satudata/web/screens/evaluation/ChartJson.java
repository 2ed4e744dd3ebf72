package id.go.ntbprov.satudata.web.screens.evaluation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code <p:chart value="...">} (the JSON model of
 * PrimeFaces 15). Built with JSON-P, so labels are escaped; {@code <} is written as {@code \u003c}
 * because the configuration lands inside a {@code <script>} element.
 */
final class ChartJson {

  private ChartJson() {}

  /** One series of a chart. */
  record Series(String label, List<? extends Number> values, String colour) {}

  /** A bar chart; {@code horizontal} puts the labels on the y axis; {@code stacked} stacks. */
  static String bar(
      List<String> labels, List<Series> series, boolean horizontal, boolean stacked, Number max) {
    JsonObjectBuilder axis = Json.createObjectBuilder().add("beginAtZero", true);
    if (max != null) {
      axis.add("max", max.doubleValue());
    }
    if (stacked) {
      axis.add("stacked", true);
    }
    JsonObjectBuilder other = Json.createObjectBuilder().add("stacked", stacked);
    JsonObjectBuilder scales = Json.createObjectBuilder();
    scales.add(horizontal ? "x" : "y", axis).add(horizontal ? "y" : "x", other);
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add("scales", scales);
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return chart("bar", labels, series, options);
  }

  /** A line chart over the labels (missing points as gaps). */
  static String line(List<String> labels, List<Series> series) {
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add("spanGaps", false)
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add("y", Json.createObjectBuilder().add("beginAtZero", true)));
    return chart("line", labels, series, options);
  }

  private static String chart(
      String type, List<String> labels, List<Series> series, JsonObjectBuilder options) {
    JsonArrayBuilder l = Json.createArrayBuilder();
    labels.forEach(l::add);
    JsonArrayBuilder sets = Json.createArrayBuilder();
    for (Series s : series) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (Number n : s.values()) {
        if (n == null) {
          data.addNull();
        } else if (n instanceof BigDecimal b) {
          data.add(b);
        } else {
          data.add(n.doubleValue());
        }
      }
      sets.add(
          Json.createObjectBuilder()
              .add("label", s.label())
              .add("data", data)
              .add("backgroundColor", s.colour())
              .add("borderColor", s.colour())
              .add("fill", false));
    }
    String json =
        Json.createObjectBuilder()
            .add("type", type)
            .add("data", Json.createObjectBuilder().add("labels", l).add("datasets", sets))
            .add("options", options)
            .build()
            .toString();
    return json.replace("<", "\\u003c");
  }
}
