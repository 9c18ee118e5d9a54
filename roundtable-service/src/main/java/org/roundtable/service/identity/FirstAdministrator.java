package org.roundtable.service.identity;

import org.roundtable.core.common.Actor;
import org.roundtable.core.common.PartnerId;
import org.roundtable.core.common.PersonId;
import org.roundtable.core.common.Role;
import org.roundtable.core.people.OpenAccount;
import org.roundtable.core.people.RegisterPartner;
import org.roundtable.core.people.Sector;
import org.roundtable.projections.directory.DirectoryReader;
import org.roundtable.service.commands.CommandDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The first administrator of a fresh installation, from configuration: when
 * {@code roundtable.first-administrator.username} is set and no active person holds {@code ADMIN}, the
 * service registers the administrator's partner (if it is not registered yet), opens the account with the
 * {@code ADMIN} role and the given password (which the password policy checks), and writes the second
 * factor's {@code otpauth://} URI to a file readable by the service's user only, for the administrator's
 * authenticator app. With an administrator in place, the settings do nothing; remove them.
 */
@Component
@ConditionalOnProperty("roundtable.first-administrator.username")
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final CommandDispatcher commands;
    private final DirectoryReader directory;
    private final LocalAccounts accounts;
    private final Environment settings;

    FirstAdministrator(CommandDispatcher commands, DirectoryReader directory, LocalAccounts accounts, Environment settings) {
        this.commands = commands;
        this.directory = directory;
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.anyoneHolds(Role.ADMIN)) {
            log.info("An administrator exists: the roundtable.first-administrator.* settings are ignored; remove them");
            return;
        }
        PersonId person = PersonId.of(setting("username"));
        PartnerId partner = PartnerId.of(setting("partner"));
        String password = setting("password");
        Path secondFactorFile = Path.of(settings.getProperty("roundtable.first-administrator.second-factor-file",
                "first-administrator-second-factor.txt"));
        Actor setup = new Actor(PersonId.of("setup"), partner, Set.of(Role.ADMIN));
        accounts.checkPassword(person, password);
        if (directory.partner(partner).isEmpty()) {
            commands.send(new RegisterPartner(partner, settings.getProperty("roundtable.first-administrator.partner-name",
                    partner.value()), Sector.MUNICIPALITY, setup));
        }
        commands.send(new OpenAccount(person, partner, person.value(), Set.of(Role.ADMIN), setup));
        accounts.setPassword(person, password);
        write(secondFactorFile, accounts.newSecondFactor(person));
        log.warn("First administrator '{}' of partner '{}' created. Their second factor is in {}: add it to an "
                + "authenticator app, then delete the file and remove the roundtable.first-administrator.* settings.",
                person, partner, secondFactorFile.toAbsolutePath());
    }

    private String setting(String name) {
        String value = settings.getProperty("roundtable.first-administrator." + name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("roundtable.first-administrator." + name + " is needed to create the first administrator");
        }
        return value;
    }

    private static void write(Path file, String otpauthUri) {
        try {
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, otpauthUri + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the first administrator's second factor to " + file, e);
        }
    }
}
