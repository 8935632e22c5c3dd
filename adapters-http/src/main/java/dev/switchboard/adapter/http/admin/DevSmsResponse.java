package dev.switchboard.adapter.http.admin;

import dev.switchboard.adapter.http.sms.SentSms;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Development view of the last SMS the log adapter "sent" to a number, with its PIN. */
public record DevSmsResponse(String number, String text, String pin, String sentAt) {
  private static final Pattern PIN = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");

  static DevSmsResponse of(SentSms sms) {
    Matcher m = PIN.matcher(sms.text());
    return new DevSmsResponse(sms.to().e164(), sms.text(), m.find() ? m.group(1) : null,
        sms.sentAt().toString());
  }
}
