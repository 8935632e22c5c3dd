package dev.switchboard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** One scrape of {@code /prometheus}, read like Prometheus would. */
record Scrape(String text) {

  static Scrape of(RunningSwitchboard sb) throws Exception {
    HttpResponse<String> response = sb.get("/prometheus");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    return new Scrape(response.body());
  }

  /** The sum over the series of {@code metric} carrying every {@code label="value"} given. */
  double value(String metric, String... labels) {
    double sum = 0;
    for (String line : text.split("\n")) {
      if (line.startsWith("#") || !(line.startsWith(metric + "{") || line.startsWith(metric + " "))) {
        continue;
      }
      boolean all = true;
      for (String label : labels) {
        all &= line.contains(label);
      }
      if (all) {
        sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return sum;
  }
}
