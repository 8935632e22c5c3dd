package dev.switchboard.domain.callthrough;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dial-string template such as {@code %accessNumber%,,%account[x-cth-pin]%#%targetNumber%#}.
 * The service expands its own placeholders ({@code %accessNumber%}, {@code %targetNumber%});
 * placeholders meant for the app ({@code %account[key]%} and the app's global parameters) pass
 * through untouched. Literal text may only hold dialler characters ({@code 0-9 + * # , ; p w}).
 */
public record DialStringTemplate(String text) {
  public static final String ACCESS_NUMBER = "%accessNumber%";
  public static final String TARGET_NUMBER = "%targetNumber%";
  private static final int MAX_LENGTH = 256;
  private static final Pattern PLACEHOLDER = Pattern.compile("%([^%]*)%");
  private static final Pattern ACCOUNT_KEY =
      Pattern.compile("account\\[[A-Za-z][A-Za-z0-9_\\-]{0,63}\\]");
  private static final Set<String> APP_GLOBALS =
      Set.of("phoneNumber", "appid", "version", "installid");
  private static final Pattern LITERAL = Pattern.compile("[0-9+*#,;pPwW]*");

  public DialStringTemplate {
    Objects.requireNonNull(text, "'text' must not be null");
    validate(text);
  }

  /** True when the dial string carries the target, i.e. DTMF after the access number. */
  public boolean carriesTarget() {
    return text.contains(TARGET_NUMBER);
  }

  /** Expands the service's placeholders; the app's pass through. */
  public DialString expand(AccessNumber accessNumber, TargetNumber target) {
    Objects.requireNonNull(accessNumber, "'accessNumber' must not be null");
    Objects.requireNonNull(target, "'target' must not be null");
    return new DialString(text.replace(ACCESS_NUMBER, accessNumber.e164())
        .replace(TARGET_NUMBER, target.value()));
  }

  private static void validate(String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("A dial-string template must not be empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "A dial-string template has at most " + MAX_LENGTH + " characters");
    }
    if (!text.contains(ACCESS_NUMBER)) {
      throw new IllegalArgumentException("Dial-string template '" + text + "' has no "
          + ACCESS_NUMBER + ": the app would not know which number to dial");
    }
    Matcher m = PLACEHOLDER.matcher(text);
    List<String> literals = new ArrayList<>();
    int last = 0;
    while (m.find()) {
      literals.add(text.substring(last, m.start()));
      String name = m.group(1);
      boolean ours = ("%" + name + "%").equals(ACCESS_NUMBER)
          || ("%" + name + "%").equals(TARGET_NUMBER);
      if (!ours && !ACCOUNT_KEY.matcher(name).matches() && !APP_GLOBALS.contains(name)) {
        throw new IllegalArgumentException("Dial-string template '" + text
            + "' has an unknown placeholder '%" + name + "%'; use %accessNumber%, "
            + "%targetNumber%, %account[key]% or one of %phoneNumber%, %appid%, %version%, "
            + "%installid%");
      }
      last = m.end();
    }
    literals.add(text.substring(last));
    for (String literal : literals) {
      if (!LITERAL.matcher(literal).matches()) {
        throw new IllegalArgumentException("Dial-string template '" + text + "' contains '"
            + literal + "': literal text may only hold 0-9 + * # , ; p w (or an unclosed %)");
      }
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
