package id.layanankecamatan.pledge;

import id.layanankecamatan.OfficeProperties;
import id.layanankecamatan.catalog.ServiceStandards;
import id.layanankecamatan.web.PublishedStandards;
import java.util.List;
import java.util.Locale;

/**
 * The maklumat pelayanan (UU 25/2009 art. 22), the same on the page and in the signed PDF: the pledge in the words
 * of the PermenPAN-RB 15/2014 model, what the standards rest on, and the camat's place, date, post, name and NIP.
 */
public record Pledge(String statement, List<PublishedStandards.Line> basis, String placeAndDate, String signerTitle,
                     String signerName, String signerNip) {

    static Pledge of(OfficeProperties office, ServiceStandards standards, PublishedStandards published) {
        return new Pledge("Dengan ini kami, " + office.name() + ", menyatakan sanggup menyelenggarakan pelayanan sesuai "
                + "standar pelayanan yang telah ditetapkan, dan apabila tidak menepati janji ini, kami siap menerima "
                + "sanksi sesuai peraturan perundang-undangan yang berlaku.",
                published.lines(), office.city() + ", " + standards.pledgedOn(),
                office.signer().title().toUpperCase(Locale.forLanguageTag("id")), office.signer().name(),
                office.signer().nip());
    }
}
