package id.layanankecamatan.pledge;

import id.layanankecamatan.catalog.ServiceCatalog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The office's public pledge to keep its standards: the page, and the signed PDF to download. */
@Controller
public class PledgeController {

    private final PledgePdf pdf;
    private final ServiceCatalog catalog;

    public PledgeController(PledgePdf pdf, ServiceCatalog catalog) {
        this.pdf = pdf;
        this.catalog = catalog;
    }

    @GetMapping(PledgePdf.PATH)
    public String page(Model model) {
        model.addAttribute("pledge", pdf.pledge());
        model.addAttribute("services", catalog.services());
        return "maklumat";
    }

    @GetMapping(PledgePdf.PATH + ".pdf")
    public ResponseEntity<byte[]> download() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("maklumat-pelayanan.pdf").build().toString())
                .body(pdf.signed());
    }
}
