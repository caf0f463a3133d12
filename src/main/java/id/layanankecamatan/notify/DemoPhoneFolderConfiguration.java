package id.layanankecamatan.notify;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** In the demo profile without a WhatsApp Cloud API, WhatsApp messages go to the outbox folder ({@link DemoPhoneFolder}). */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnExpression("!(" + WhatsAppProperties.CHANNEL_ON + ")")
class DemoPhoneFolderConfiguration {

    @Bean
    DemoPhoneFolder demoPhoneFolder(@Value("${layanan.mail.outbox-dir}") Path outbox) {
        return new DemoPhoneFolder(outbox);
    }
}
