package dev.switchboard.adapter.http.common;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** A JSON body written straight to a generator, once, without an intermediate tree. */
@FunctionalInterface
public interface JsonBody {
  void writeTo(JsonGenerator json) throws IOException;
}
