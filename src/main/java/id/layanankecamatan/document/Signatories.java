package id.layanankecamatan.document;

import id.layanankecamatan.OfficeProperties;
import id.layanankecamatan.OfficeProperties.ActingOfficial;
import id.layanankecamatan.OfficeProperties.Signer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Decides from the signing account and the day who the letter names as its signer: an acting official within the
 * dates of the mandate, else the camat or the sekretaris (a.n. Camat). Any other account is refused, so a letter
 * never prints one person's name over another person's signature.
 */
@Component
public class Signatories {

    private final OfficeProperties office;

    public Signatories(OfficeProperties office) {
        this.office = office;
        List<String> problems = new ArrayList<>();
        if (blank(office.signer().account()) || blank(office.deputy().account())) {
            problems.add("signer.account and deputy.account name the Camunda accounts of the camat and the sekretaris");
        }
        office.acting().forEach(acting -> problems(acting).ifPresent(problems::add));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("layanan.office: " + String.join("; ", problems));
        }
    }

    /**
     * @throws IllegalStateException when the account is not a signer of this office on that day (for example an
     *         acting official outside the dates of the mandate)
     */
    public Signatory signing(String account, LocalDate day) {
        return find(account, day).orElseThrow(() -> new IllegalStateException("Account '" + account
                + "' may not sign letters on " + day + ": it is neither layanan.office.signer.account, nor "
                + "deputy.account, nor an acting official (layanan.office.acting) whose mandate covers that day"));
    }

    /** The block a preview shows to this account; anyone else previews the camat's. */
    public Signatory previewing(String account, LocalDate day) {
        return find(account, day).orElseGet(this::camat);
    }

    private Optional<Signatory> find(String account, LocalDate day) {
        Optional<ActingOfficial> acting = office.acting().stream()
                .filter(a -> a.account().equals(account) && a.holds(day)).findFirst();
        if (acting.isPresent()) {
            return acting.map(this::acting);
        }
        if (account.equals(office.signer().account())) {
            return Optional.of(camat());
        }
        if (account.equals(office.deputy().account())) {
            return Optional.of(onBehalf());
        }
        return Optional.empty();
    }

    private Signatory camat() {
        Signer camat = office.signer();
        return new Signatory(camat.account(), camat.name(), camat.nip(), camat.rank(),
                List.of(upper(camat.blockTitle()) + ","), camat.title(), camat.title());
    }

    /** "a.n." only where the camat delegated the letter type to the sekretaris (the catalogue's routing). */
    private Signatory onBehalf() {
        Signer deputy = office.deputy();
        String camat = office.signer().title();
        return new Signatory(deputy.account(), deputy.name(), deputy.nip(), deputy.rank(),
                List.of("a.n. " + upper(office.signer().blockTitle()), upper(deputy.blockTitle()) + ","),
                deputy.title() + " a.n. " + camat, deputy.title() + ", atas nama " + camat);
    }

    private Signatory acting(ActingOfficial acting) {
        String post = acting.mandate().abbreviation() + " " + office.signer().title();
        return new Signatory(acting.account(), acting.name(), acting.nip(), acting.rank(),
                List.of(acting.mandate().abbreviation() + " " + upper(office.signer().blockTitle()) + ","), post, post);
    }

    private static Optional<String> problems(ActingOfficial acting) {
        if (blank(acting.account()) || blank(acting.name()) || acting.mandate() == null
                || acting.from() == null || acting.to() == null) {
            return Optional.of("acting: each acting official needs account, name, mandate (PLH or PLT), from and to");
        }
        if (acting.to().isBefore(acting.from())) {
            return Optional.of("acting: " + acting.account() + " ends (" + acting.to() + ") before it starts (" + acting.from() + ")");
        }
        return Optional.empty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.forLanguageTag("id"));
    }
}
