package dev.switchboard.adapter.http.admin;

import dev.switchboard.adapter.http.common.RequestParameters;

/** Body of {@code PUT /admin/accounts/{username}/keys/{key}}: {@code {"value":"1234"}}. */
public record KeyValueRequest(String value) {

  static KeyValueRequest from(RequestParameters params) {
    return new KeyValueRequest(params.required("value"));
  }
}
