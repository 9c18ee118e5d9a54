package org.roundtable.service.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.jspecify.annotations.Nullable;
import org.roundtable.core.common.InvalidValue;
import org.roundtable.core.common.NotAllowed;
import org.roundtable.core.common.UnknownItem;
import org.roundtable.service.access.PurposeRequired;
import org.roundtable.service.faults.TryAgain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import java.util.UUID;

/**
 * A look that needs a stated purpose asks for it. A page that fails shows an error page in the reader's language, never a stack trace or a problem document:
 * 403 for what the person may not do, 404 for what they may not know of, 503 while the database is away, 500
 * with the incident id under which the failure is logged.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    /**
     * A look that needs a purpose (a compliance reviewer's), or whose purpose was blank or too long: the page
     * that asks for it, which sends the person back to the same address with it.
     */
    @ExceptionHandler(PurposeRequired.class)
    ModelAndView askForPurpose(HttpServletRequest request) {
        ModelAndView page = new ModelAndView("purpose", WhoIsHere.attributes());
        page.addObject("action", request.getRequestURI());
        return page;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception failure, HttpServletRequest request) {
        if (TryAgain.causeOf(failure, InvalidValue.class).filter(invalid -> invalid.field().equals("purpose")).isPresent()) {
            return askForPurpose(request);
        }
        if (TryAgain.causeOf(failure, NotAllowed.class).isPresent()) {
            return page(HttpStatus.FORBIDDEN, null);
        }
        if (TryAgain.causeOf(failure, InvalidValue.class).isPresent()) {
            return page(HttpStatus.BAD_REQUEST, null); // an address or hidden field no page of this service makes
        }
        if (TryAgain.causeOf(failure, UnknownItem.class).isPresent() || failure instanceof MethodArgumentTypeMismatchException
                || TryAgain.causeOf(failure, AggregateNotFoundException.class).isPresent()
                || TryAgain.causeOf(failure, IncompatibleAggregateException.class).isPresent()) {
            return page(HttpStatus.NOT_FOUND, null);
        }
        if (TryAgain.of(failure).isPresent()) {
            return page(HttpStatus.SERVICE_UNAVAILABLE, null);
        }
        String incident = UUID.randomUUID().toString();
        log.error("Incident {}: an unexpected failure of a page", incident, failure);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, incident);
    }

    private static ModelAndView page(HttpStatus status, @Nullable String incident) {
        ModelAndView page = new ModelAndView("error-page");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("incident", incident);
        return page;
    }
}
