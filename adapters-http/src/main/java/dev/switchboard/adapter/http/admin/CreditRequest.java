package dev.switchboard.adapter.http.admin;

import dev.switchboard.adapter.http.common.RequestParameters;
import dev.switchboard.domain.account.Credit;

/** Body of {@code PUT /admin/accounts/{username}/credit}: {@code {"credit":"12.50"}}. */
public record CreditRequest(String credit) {

  static CreditRequest from(RequestParameters params) {
    return new CreditRequest(params.required("credit"));
  }

  Credit toCredit() {
    return Credit.of(credit);
  }
}
