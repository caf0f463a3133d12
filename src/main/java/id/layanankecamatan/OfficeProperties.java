package id.layanankecamatan;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Identity of the office printed on letters and mails; set per deployment (see README). */
@ConfigurationProperties("layanan.office")
public record OfficeProperties(String code, String government, String name, String address, String contact,
                               String city, Signer signer) {

    public record Signer(String name, String nip, String title) {
    }
}
