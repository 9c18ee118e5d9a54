package org.roundtable.service.readmodels;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.roundtable.service.faults.ServiceBusy;
import org.springframework.core.Ordered;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Commands pass through this gate, which a rebuild of an inline read model closes: while one is rebuilt,
 * no command of this instance may append events it would miss. A command waits at most the configured
 * lock timeout and is then refused with {@link ServiceBusy} (503, try again). Other instances are held by the
 * table lock the rebuild takes on PostgreSQL.
 */
public class CommandGate implements MessageHandlerInterceptor<CommandMessage<?>>, Ordered {

    /** The first interceptor a command meets. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Duration timeout;

    public CommandGate(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (!lock.readLock().tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new ServiceBusy("a read model is being rebuilt; commands wait until it is done");
        }
        unitOfWork.onCleanup(u -> lock.readLock().unlock());
        return interceptorChain.proceed();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** Runs the work with the gate closed: it waits for the commands in progress, and holds new ones back. */
    public <T> T closedFor(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
