package id.layanankecamatan.verification;

import id.layanankecamatan.application.Application;
import id.layanankecamatan.application.ApplicationLifecycle;
import id.layanankecamatan.application.ApplicationRepository;
import id.layanankecamatan.application.StaffReason;
import id.layanankecamatan.calendar.OfficeClock;
import id.layanankecamatan.security.StaffGroups;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The camat withdraws an issued letter with a reason; the letter itself stays as issued, in the archive. */
@Service
public class LetterRevocation {

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

    @Transactional
    public ArchivedLetter revoke(ArchivedLetter letter, String reason, String user) {
        if (!mayRevoke(user)) {
            throw new RevocationRefusedException("Hanya camat yang dapat mencabut surat.", true);
        }
        String why = StaffReason.of(reason).orElseThrow(() -> new RevocationRefusedException(
                "Tuliskan alasan pencabutan (10 sampai 1000 karakter).", false));
        if (letter.revoked()) {
            throw new RevocationRefusedException("Surat nomor " + letter.number() + " sudah dicabut sebelumnya.",
                    false);
        }
        OffsetDateTime now = clock.now();
        archive.addRevocation(letter.id(), why, user, now);
        long applicationId = archive.applicationIdOf(letter.id()).orElseThrow();
        Application application = applications.findById(applicationId).orElseThrow(() -> new IllegalStateException(
                "Letter " + letter.number() + " belongs to application " + applicationId + ", which does not exist"));
        // the citizen sees it on the tracking page
        lifecycle.note(application, "Surat nomor " + letter.number() + " dicabut oleh camat dan tidak berlaku lagi. Alasan: " + why,
                user, now);
        return archive.byVerificationCode(letter.verificationCode()).orElseThrow();
    }

    /** {@code forbidden}: the user may not revoke at all (403), otherwise the request itself was wrong. */
    public static class RevocationRefusedException extends RuntimeException {
        private final boolean forbidden;

        public RevocationRefusedException(String message, boolean forbidden) {
            super(message);
            this.forbidden = forbidden;
        }

        public boolean forbidden() {
            return forbidden;
        }
    }
}
