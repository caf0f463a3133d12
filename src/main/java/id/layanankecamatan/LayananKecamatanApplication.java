package id.layanankecamatan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LayananKecamatanApplication {

    public static void main(String[] args) {
        SpringApplication.run(LayananKecamatanApplication.class, args);
    }
}
