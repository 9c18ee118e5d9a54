package org.roundtable.service.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.roundtable.service.config.RoundtableProperties;
import org.roundtable.service.faults.TryAgain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

/**
 * Answers the errors that happen outside a controller (a filter's refusal such as 413, a failure in a
 * filter, a container error) with the same problem documents as the API, instead of Spring Boot's generic
 * error body. A page of the web application (any path outside {@code /api/}, asked for by a browser) gets
 * an error page in the reader's language instead: pages never get problem documents.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final RoundtableProperties properties;
    private final JsonMapper json;

    ProblemErrorController(RoundtableProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
    }

    @RequestMapping(path = "${server.error.path:${error.path:/error}}", produces = MediaType.TEXT_HTML_VALUE)
    @Nullable ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : "";
        if (path.startsWith("/api/")) {
            // The API answers problem documents, whatever the client accepts.
            ResponseEntity<ProblemDetail> problem = error(request);
            response.setStatus(problem.getStatusCode().value());
            problem.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem.getBody());
            return null;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        Throwable failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        ModelAndView page = new ModelAndView("error-page");
        page.setStatus(HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        if (status >= 500 && (failure == null || TryAgain.of(failure).isEmpty())) {
            String incident = UUID.randomUUID().toString();
            log.error("Incident {}: an unexpected failure of the service at {}", incident, path, failure);
            page.addObject("incident", incident);
        }
        return page;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Throwable failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatusCode status = HttpStatusCode.valueOf(code instanceof Integer value ? value : 500);
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : null;
        ResponseEntity<ProblemDetail> answer;
        var tryAgain = failure == null ? java.util.Optional.<TryAgain>empty() : TryAgain.of(failure);
        if (tryAgain.isPresent()) {
            answer = Problems.tryAgain(tryAgain.get().code(), tryAgain.get().detail(), properties.commands().retryAfter());
        } else if (status.is5xxServerError()) {
            String incident = UUID.randomUUID().toString();
            log.error("Incident {}: an unexpected failure of the service at {}", incident, path, failure);
            ProblemDetail problem = Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                    "Internal Server Error", "the service failed to handle this request; the incident is logged as " + incident);
            problem.setProperty("incident", incident);
            answer = Problems.answer(problem);
        } else {
            Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
            String detail = message instanceof String text && !text.isBlank() ? text : null;
            answer = Problems.answer(Problems.ofStatus(status, detail));
        }
        if (path != null && answer.getBody() != null) {
            answer.getBody().setInstance(URI.create(path));
        }
        return answer;
    }
}
