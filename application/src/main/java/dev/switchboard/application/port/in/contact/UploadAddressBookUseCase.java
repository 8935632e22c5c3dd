package dev.switchboard.application.port.in.contact;

/** Use case: contact sync — store a device's whole address book, or a delta of it. */
public interface UploadAddressBookUseCase {

  /**
   * @throws dev.switchboard.domain.error.TooLargeException more contacts than a book may hold
   * @throws dev.switchboard.domain.error.ThrottledException the discovery budget is spent
   */
  BookStored upload(UploadAddressBookCommand command);
}
