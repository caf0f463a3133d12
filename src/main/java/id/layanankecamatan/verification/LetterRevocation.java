package id.layanankecamatan.verification;

import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationLifecycle;
import id.layanankecamatan.api.ConflictProblem;
import id.layanankecamatan.api.ForbiddenProblem;
import id.layanankecamatan.api.InvalidInputProblem;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.StaffReason;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.security.StaffGroups;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The camat withdraws an issued letter with a reason; the letter itself stays as issued, in the archive. */
@Service
public class LetterRevocation {

    private static final Logger LOG = LoggerFactory.getLogger(LetterRevocation.class);
    private static final String REFUSED = "Surat tidak dapat dicabut";

    private final LetterArchive archive;
    private final ApplicationRepository applications;
    private final IdentityService identity;
    private final OfficeClock clock;
    private final ApplicationLifecycle lifecycle;

    public LetterRevocation(LetterArchive archive, ApplicationRepository applications, IdentityService identity,
                            OfficeClock clock, ApplicationLifecycle lifecycle) {
        this.archive = archive;
        this.applications = applications;
        this.identity = identity;
        this.clock = clock;
        this.lifecycle = lifecycle;
    }

    public boolean mayRevoke(String user) {
        return identity.createGroupQuery().groupMember(user).groupId(StaffGroups.CAMAT).count() > 0;
    }

    /**
     * @throws id.layanankecamatan.api.ApiProblem when refused: not the camat (403), no reason (400), revoked
     *         already (409)
     */
    @Transactional
    public ArchivedLetter revoke(ArchivedLetter letter, String reason, String user) {
        if (!mayRevoke(user)) {
            throw new ForbiddenProblem(REFUSED, "Hanya camat yang dapat mencabut surat.");
        }
        String why = StaffReason.of(reason).orElseThrow(() -> new InvalidInputProblem(REFUSED,
                "Tuliskan alasan pencabutan (10 sampai 1000 karakter)."));
        if (letter.revoked()) {
            throw new ConflictProblem(REFUSED, "Surat nomor " + letter.number() + " sudah dicabut sebelumnya.");
        }
        OffsetDateTime now = clock.now();
        archive.addRevocation(letter.id(), why, user, now);
        long applicationId = archive.applicationIdOf(letter.id()).orElseThrow(() -> new IllegalStateException(
                "Surat nomor " + letter.number() + " ada di arsip tanpa permohonan"));
        Application application = applications.findById(applicationId).orElseThrow(() -> new IllegalStateException(
                "Surat nomor " + letter.number() + " milik permohonan " + applicationId + ", yang tidak ada"));
        // the citizen sees it on the tracking page
        lifecycle.note(application, "Surat nomor " + letter.number() + " dicabut oleh camat dan tidak berlaku lagi. Alasan: " + why,
                user, now);
        LOG.info("Letter {} revoked by {}", letter.number(), user);
        return archive.byVerificationCode(letter.verificationCode()).orElseThrow(() -> new IllegalStateException(
                "Surat nomor " + letter.number() + " tidak terbaca lagi dari arsip setelah dicabut"));
    }
}
