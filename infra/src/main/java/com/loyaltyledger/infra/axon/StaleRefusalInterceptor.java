package com.loyaltyledger.infra.axon;

import com.loyaltyledger.api.common.DomainException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/** A business refusal made on a cached aggregate that was behind becomes a conflict: {@link CachedAggregateCheck}. */
final class StaleRefusalInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CachedAggregateCheck check;

    StaleRefusalInterceptor(CachedAggregateCheck check) {
        this.check = check;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        try {
            return chain.proceed();
        } catch (DomainException refusal) {
            throw check.staleOr(unitOfWork, refusal);
        }
    }
}
