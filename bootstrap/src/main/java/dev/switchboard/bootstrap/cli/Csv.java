package dev.switchboard.bootstrap.cli;

import dev.switchboard.application.port.in.imports.ImportRejectedException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small RFC 4180 reader: a header line, then one record per line; fields may be quoted with
 * {@code "} ({@code ""} inside quotes is a quote). Blank lines and lines starting with {@code #}
 * are skipped. Every problem names its line.
 */
final class Csv {

  /** One record and the line it is on. */
  record Row(int line, List<String> fields) {
    String get(int index) {
      return index < 0 || index >= fields.size() ? "" : fields.get(index);
    }
  }

  private final List<String> header;
  private final List<Row> rows;

  private Csv(List<String> header, List<Row> rows) {
    this.header = header;
    this.rows = rows;
  }

  static Csv read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CliFailure(ExitCodes.INVALID_INPUT, "no such file: " + file);
    } catch (IOException e) {
      throw new CliFailure(ExitCodes.INVALID_INPUT, "cannot read " + file + ": " + e.getMessage());
    }
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i);
      if (text.isBlank() || text.startsWith("#")) {
        continue;
      }
      List<String> fields = split(text, i + 1);
      if (header == null) {
        header = fields.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
        continue;
      }
      if (fields.size() != header.size()) {
        throw new ImportRejectedException(i + 1, "expected " + header.size() + " fields ("
            + String.join(",", header) + "), found " + fields.size());
      }
      rows.add(new Row(i + 1, fields));
    }
    if (header == null) {
      throw new CliFailure(ExitCodes.INVALID_INPUT, file + " is empty: expected a header line");
    }
    return new Csv(header, rows);
  }

  List<String> header() {
    return header;
  }

  List<Row> rows() {
    return rows;
  }

  /** The column's index; a missing required column is an error naming line 1's header. */
  int column(String name, boolean required) {
    int index = header.indexOf(name);
    if (index < 0 && required) {
      throw new CliFailure(ExitCodes.INVALID_INPUT, "the header line needs a '" + name
          + "' column (found: " + String.join(",", header) + ")");
    }
    return index;
  }

  static List<String> split(String line, int lineNumber) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        if (!field.toString().isBlank()) {
          throw new ImportRejectedException(lineNumber, "a quote inside an unquoted field");
        }
        field.setLength(0);
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        out.add(wasQuoted ? field.toString() : field.toString().trim());
        field.setLength(0);
        wasQuoted = false;
      } else {
        if (wasQuoted) {
          if (!Character.isWhitespace(c)) {
            throw new ImportRejectedException(lineNumber, "text after a closing quote");
          }
          continue;
        }
        field.append(c);
      }
    }
    if (quoted) {
      throw new ImportRejectedException(lineNumber, "a quoted field is not closed");
    }
    out.add(wasQuoted ? field.toString() : field.toString().trim());
    return out;
  }
}
