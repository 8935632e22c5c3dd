package dev.switchboard.adapter.http.contact;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The contact JSON format, as OpenAPI schemas (the wire is mapped by hand, strictly). */
final class ContactSchemas {
  private ContactSchemas() {}

  /** A contact; other string fields ({@code company}, {@code notes}, …) are kept as given. */
  @Schema(name = "Contact", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
      description = "Other string fields (company, notes, birthday, …) are kept as given. "
          + "cloudUsername and networkId appear on /contacts for messaging contacts only.")
  record ContactDoc(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 128) String contactId,
      String displayName, String fname, String lname, String avatar, String largeAvatar,
      @Schema(maxLength = 64) List<EntryDoc> contactEntries,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) String cloudUsername,
      @Schema(accessMode = Schema.AccessMode.READ_ONLY) String networkId) {}

  /** A contact entry; for {@code tel} the uri is the number as the user typed it. */
  @Schema(name = "ContactEntry")
  record EntryDoc(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String entryId,
      String label,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
          allowableValues = {"tel", "email", "url"}) String type,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String uri) {}

  /** Body of a full upload. */
  @Schema(name = "FullUpload")
  record FullUpload(@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
      List<ContactDoc> contacts) {}

  /** Body of a delta upload. */
  @Schema(name = "DeltaUpload")
  record DeltaUpload(List<ContactDoc> contacts, List<String> deleted) {}

  /** Answer of the messaging contact source. */
  @Schema(name = "ContactList")
  record ContactList(List<ContactDoc> contacts) {}
}
