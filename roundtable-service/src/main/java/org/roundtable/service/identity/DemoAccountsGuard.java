package org.roundtable.service.identity;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A service without demo data refuses to start while a demo account (password {@code demo}) exists: an
 * installation that once ran the demo must not go live with its well-known passwords.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty(name = "roundtable.demo-data", havingValue = false, matchIfMissing = true)
class DemoAccountsGuard implements ApplicationRunner {

    private final LocalAccounts accounts;

    DemoAccountsGuard(LocalAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyDemoAccount()) {
            throw new IllegalStateException("This database holds demo accounts (password 'demo') and the service runs "
                    + "without demo data (roundtable.demo-data=false): refusing to start. Use a database that never ran "
                    + "the demo, or run the demo (roundtable.demo-data=true).");
        }
    }
}
