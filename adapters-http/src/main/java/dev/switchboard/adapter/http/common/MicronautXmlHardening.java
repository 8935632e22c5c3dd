package dev.switchboard.adapter.http.common;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Applies the same input hardening to Micronaut's own XML mapper (used if a route ever binds an
 * XML body), so no unhardened XML parser exists in the application.
 */
@Singleton
public final class MicronautXmlHardening implements BeanCreatedEventListener<XmlMapper> {

  @Override
  public XmlMapper onCreated(BeanCreatedEvent<XmlMapper> event) {
    XmlMapper mapper = event.getBean();
    HardenedXml.harden(mapper.getFactory().getXMLInputFactory());
    return mapper;
  }
}
