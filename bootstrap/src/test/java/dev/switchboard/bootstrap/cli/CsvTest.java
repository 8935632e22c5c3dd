package dev.switchboard.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.imports.ImportRejectedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {
  @TempDir
  Path dir;

  @Test
  void split_readsQuotedFields_escapedQuotes_andTrimsUnquoted() {
    assertThat(Csv.split(" a , \"b, c\" ,\"say \"\"hi\"\"\",", 1))
        .containsExactly("a", "b, c", "say \"hi\"", "");
  }

  @Test
  void split_namesTheLineOfAMalformedField() {
    assertThatThrownBy(() -> Csv.split("a,\"b", 7)).isInstanceOf(ImportRejectedException.class)
        .hasMessage("line 7: a quoted field is not closed");
    assertThatThrownBy(() -> Csv.split("a,\"b\"c", 8))
        .hasMessage("line 8: text after a closing quote");
    assertThatThrownBy(() -> Csv.split("a,b\"c\"", 9))
        .hasMessage("line 9: a quote inside an unquoted field");
  }

  @Test
  void read_skipsCommentsAndBlankLines_keepsRealLineNumbers_andChecksFieldCounts() throws Exception {
    Path file = dir.resolve("x.csv");
    Files.writeString(file, "\uFEFFCloud_ID,Number\n# note\n\nDEMO,+12025550123\nDEMO\n");
    assertThatThrownBy(() -> Csv.read(file)).isInstanceOf(ImportRejectedException.class)
        .hasMessage("line 5: expected 2 fields (cloud_id,number), found 1");
    Files.writeString(file, "cloud_id,number\n# note\n\nDEMO,+12025550123\n");
    Csv csv = Csv.read(file);
    assertThat(csv.header()).containsExactly("cloud_id", "number");
    assertThat(csv.rows()).singleElement().satisfies(row -> {
      assertThat(row.line()).isEqualTo(4);
      assertThat(row.get(1)).isEqualTo("+12025550123");
    });
  }

  @Test
  void progressBar_withoutATerminal_printsAtMostElevenLinesPerPhase() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err, true), "accounts", false);
    for (int i = 1; i <= 1000; i++) {
      bar.update("stored", i, 1000);
    }
    bar.finish();
    assertThat(err.toString().lines()).hasSizeLessThanOrEqualTo(11)
        .last().asString().contains("100% 1000/1000");
  }
}
