package id.go.ntbprov.satudata.web.screens.evaluation;

import static id.go.ntbprov.satudata.web.platform.SharedJson.JSON;

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
    JsonObjectBuilder axis = JSON.createObjectBuilder().add("beginAtZero", true);
    if (max != null) {
      axis.add("max", max.doubleValue());
    }
    if (stacked) {
      axis.add("stacked", true);
    }
    JsonObjectBuilder other = JSON.createObjectBuilder().add("stacked", stacked);
    JsonObjectBuilder scales = JSON.createObjectBuilder();
    scales.add(horizontal ? "x" : "y", axis).add(horizontal ? "y" : "x", other);
    JsonObjectBuilder options =
        JSON.createObjectBuilder()
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
        JSON.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add("spanGaps", false)
            .add(
                "scales",
                JSON.createObjectBuilder()
                    .add("y", JSON.createObjectBuilder().add("beginAtZero", true)));
    return chart("line", labels, series, options);
  }

  private static String chart(
      String type, List<String> labels, List<Series> series, JsonObjectBuilder options) {
    JsonArrayBuilder l = JSON.createArrayBuilder();
    labels.forEach(l::add);
    JsonArrayBuilder sets = JSON.createArrayBuilder();
    for (Series s : series) {
      JsonArrayBuilder data = JSON.createArrayBuilder();
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
          JSON.createObjectBuilder()
              .add("label", s.label())
              .add("data", data)
              .add("backgroundColor", s.colour())
              .add("borderColor", s.colour())
              .add("fill", false));
    }
    String json =
        JSON.createObjectBuilder()
            .add("type", type)
            .add("data", JSON.createObjectBuilder().add("labels", l).add("datasets", sets))
            .add("options", options)
            .build()
            .toString();
    return json.replace("<", "\\u003c");
  }
}
