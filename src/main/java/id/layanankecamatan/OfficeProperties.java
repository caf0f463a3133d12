package id.layanankecamatan;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Identity of the office printed on letters and mails; set per deployment (see README). The signer is the camat;
 * the deputy (sekretaris camat) signs "a.n. Camat" where the catalogue lets the sekcam sign.
 */
@ConfigurationProperties("layanan.office")
public record OfficeProperties(String code, String government, String name, String address, String contact,
                               String city, Signer signer, Signer deputy) {

    public record Signer(String name, String nip, String title) {
    }
}
