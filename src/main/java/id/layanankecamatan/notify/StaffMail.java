package id.layanankecamatan.notify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Mail to office staff, addressed by their Camunda accounts: one user, or every member of some groups. */
@Component
public class StaffMail {

    static final String TEMPLATES = "notices/staff-mail";
    private static final Logger LOG = LoggerFactory.getLogger(StaffMail.class);

    private final Mailer mailer;
    private final IdentityService identity;
    private final MessageTexts<StaffNotice> texts;

    public StaffMail(Mailer mailer, IdentityService identity) {
        this.mailer = mailer;
        this.identity = identity;
        this.texts = MessageTexts.load(TEMPLATES, StaffNotice.class, true);
    }

    public void toUser(String userId, StaffNotice.Filled notice) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        send(user == null ? List.of() : List.of(user), notice, "user " + userId);
    }

    /** Each member once, even when in several of the groups. */
    public void toGroups(List<String> groups, StaffNotice.Filled notice) {
        Set<User> members = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String group : groups) {
            identity.createUserQuery().memberOfGroup(group).list().stream().filter(u -> seen.add(u.getId()))
                    .forEach(members::add);
        }
        send(List.copyOf(members), notice, "groups " + groups);
    }

    /** {@code addressees}: the account or groups asked for, named in the log when nobody has an address. */
    private void send(List<User> users, StaffNotice.Filled notice, String addressees) {
        RenderedMessage message = texts.compose(notice.notice(), notice.values());
        List<String> addresses = users.stream().map(User::getEmail).filter(e -> e != null && !e.isBlank())
                .distinct().toList();
        if (addresses.isEmpty()) {
            // a reminder or escalation nobody receives would otherwise go unnoticed
            LOG.warn("Staff mail not sent: no account with an e-mail address among {}", addressees);
        }
        addresses.forEach(address -> mailer.send(new OutgoingMail(address, message.subject(), message.body(), null,
                null)));
    }
}
