package dev.switchboard.adapter.http.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.micronaut.context.ApplicationContext;
import javax.xml.stream.XMLInputFactory;
import org.junit.jupiter.api.Test;

class MicronautXmlHardeningTest {

  @Test
  void givenMicronautsOwnXmlMapper_creation_hardensItsParser() {
    try (ApplicationContext ctx = ApplicationContext.run()) {
      XMLInputFactory inputs = ctx.getBean(XmlMapper.class).getFactory().getXMLInputFactory();

      assertThat(inputs.getProperty(XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
      assertThat(inputs.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES))
          .isEqualTo(false);
      assertThat(inputs.getProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES))
          .isEqualTo(false);
    }
  }
}
