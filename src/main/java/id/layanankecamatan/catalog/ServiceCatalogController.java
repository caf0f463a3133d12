package id.layanankecamatan.catalog;

import id.layanankecamatan.api.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;

@ApiController
public class ServiceCatalogController {

    private final ServiceCatalog catalog;

    public ServiceCatalogController(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    /** The published part of each standard; letter templates and process keys stay internal. */
    @Operation(summary = "Daftar layanan dan standar pelayanannya", description = "Kode layanan, persyaratan (kode "
            + "bagian berkas), isian layanan, prosedur, waktu penyelesaian, biaya, produk, pengaduan, dasar hukum. Layanan "
            + "dengan acceptingApplications false tidak lagi menerima permohonan baru; closedNote menjelaskan gantinya.")
    @GetMapping("/api/v1/services")
    public List<PublishedService> services() {
        return catalog.services().stream().map(PublishedService::of).toList();
    }

    public record PublishedService(String code, String name, String description,
                                   List<ServiceDefinition.Requirement> requirements, String procedure,
                                   String completionTime, String cost, String product, String complaints,
                                   boolean acceptingApplications, String closedNote) {
        static PublishedService of(ServiceDefinition s) {
            return new PublishedService(s.code(), s.name(), s.description(), s.requirements(), s.procedure(),
                    s.completionTime(), s.cost(), s.product(), s.complaints(), s.acceptingApplications(), s.closedNote());
        }
    }
}
