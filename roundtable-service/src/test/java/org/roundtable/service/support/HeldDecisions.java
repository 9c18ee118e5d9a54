package org.roundtable.service.support;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.roundtable.core.sessions.DecidedIn;
import org.roundtable.service.sessions.DecisionsAtTheTable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For tests: once armed, holds the next decision taken at a session's table right after the session let it through
 * ({@link DecisionsAtTheTable}), inside the decision's transaction, until released; so a test can try to close the
 * session while a decision is under way.
 */
@TestConfiguration(proxyBeanMethods = false)
public class HeldDecisions {

    @Bean
    Hold hold() {
        return new Hold();
    }

    /** The interceptor, after {@link DecisionsAtTheTable} on the command bus. */
    public static class Hold implements MessageHandlerInterceptor<CommandMessage<?>>, Ordered {

        private volatile CountDownLatch gate;
        private volatile CountDownLatch reached = new CountDownLatch(1);
        private volatile CountDownLatch release = new CountDownLatch(1);

        /** The next decision will wait, once past the session's check, until {@link #release()}. */
        public void arm() {
            reached = new CountDownLatch(1);
            release = new CountDownLatch(1);
            gate = release;
        }

        /** Waits until the armed decision is held. */
        public void awaitHeld() throws InterruptedException {
            assertThat(reached.await(30, TimeUnit.SECONDS)).as("a decision held").isTrue();
        }

        public void release() {
            release.countDown();
        }

        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
                throws Exception {
            CountDownLatch held = gate;
            if (held != null && DecidedIn.of(unitOfWork.getMessage().getMetaData()) != null) {
                gate = null;
                reached.countDown();
                assertThat(held.await(30, TimeUnit.SECONDS)).as("released").isTrue();
            }
            return interceptorChain.proceed();
        }

        @Override
        public int getOrder() {
            return DecisionsAtTheTable.ORDER + 1;
        }
    }
}
