package id.layanankecamatan.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: staff users with the demo password, one in each office group. The groups, their
 * authorizations and the Tasklist filters exist in every profile ({@link OfficeSetup}). Creates only what is
 * missing.
 */
@Component
@Profile("demo")
public class DemoSetup {

    private final IdentityService identity;
    private final String password;

    public DemoSetup(IdentityService identity, @Value("${layanan.demo.password}") String password) {
        this.identity = identity;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void createDemoStaff() {
        user("petugas", "Petugas", "Loket", StaffGroups.FRONT_OFFICE);
        user("camat", "Bapak/Ibu", "Camat", StaffGroups.CAMAT);
        user("sekcam", "Sekretaris", "Camat", StaffGroups.SEKCAM);
        user("kasikesos", "Kasi", "Kesos", StaffGroups.KASI_KESOS);
        user("kasiekbang", "Kasi", "Ekbang", StaffGroups.KASI_EKBANG);
        user("kasipem", "Kasi", "Pemerintahan", StaffGroups.KASI_PEMERINTAHAN);
        user("kasitrantib", "Kasi", "Trantib", StaffGroups.KASI_TRANTIB);
        user("pengaduan", "Petugas", "Pengaduan", StaffGroups.COMPLAINTS);
    }

    private void user(String id, String firstName, String lastName, String groupId) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(id + "@kecamatan.example.go.id");
            user.setPassword(password);
            identity.saveUser(user);
            identity.createMembership(id, groupId);
        }
    }
}
