package org.roundtable.service.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.AnnotationsUtils;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.roundtable.core.cases.AssignAction;
import org.roundtable.core.cases.ScreeningDecision;
import org.roundtable.core.cases.SubjectIdentity;
import org.roundtable.core.people.AgreeCharter;
import org.roundtable.core.people.OpenAccount;
import org.roundtable.core.people.RegisterPartner;
import org.roundtable.core.statistics.Suppression;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes the generated API description say exactly what the service does, beyond what springdoc reads
 * from the code: the problem documents each operation can answer, request bodies that refuse unknown
 * fields, views whose every field is always present, the screening decision, the owner's consent and the
 * subject's informing as discriminated unions, the subject's rules, the limits of names an administrator
 * gives, what a statistics figure means, and an example for every request body and path parameter.
 */
final class ApiContract implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String FIELD_PROBLEM = "FieldProblem";
    private static final String REF = "#/components/schemas/";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

    /** Commands that a partner other than the one concerned may not give: 403. */
    private static final Set<String> OWNED = Set.of("withdrawInformation", "completeAction", "decideConsent");

    /** Reads that only some roles may make (403 for the others); every operation of the Reports tag is one too. */
    private static final Set<String> GATED_READS = Set.of("getAuditTrail", "getDisclosures", "listSessions", "getSession",
            "getAgendaProposal", "getMinutes");

    /** What the path parameters that are not ids name (their examples are in {@link ApiExamples#PATH_VALUES}). */
    private static final Map<String, String> NAMED_IN_PATHS = Map.of(
            "partnerId", "the partner's code",
            "person", "the person's user name",
            "username", "the person's user name",
            "role", "the role");

    /** The policy every new password meets, in words: it is checked by the service, not by the schema. */
    private static final String PASSWORD_POLICY = "at least 12 characters, not one of the most common passwords, "
            + "not the user name (`weak-password` otherwise)";

    @Override
    public void customise(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        screeningAsUnion(schemas);
        consentDecisionAsUnion(schemas);
        subjectInformingAsUnion(schemas);
        subjectRules(schemas.get("SubjectIdentity"));
        ((Schema<?>) schemas.get("AssignActionRequest").getProperties().get("reliesOn")).maxItems(AssignAction.MAX_RELIED_ON);
        administrationRules(schemas);
        statisticsRules(schemas);
        schemas.get("AuditEntry").getProperties().put("payload", new ObjectSchema()
                .description("the event's own fields, as stored (JSON)"));
        Set<String> requests = new TreeSet<>();
        Set<String> answers = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            unionByName(operation, schemas);
            collectRefs(operation.getRequestBody() == null ? null : operation.getRequestBody().getContent(), schemas, requests);
            operation.getResponses().values().forEach(response -> collectRefs(response.getContent(), schemas, answers));
            document(path, method, operation);
        }));
        requests.stream().map(schemas::get).filter(schema -> schema.getProperties() != null)
                .forEach(schema -> schema.additionalProperties(false));
        answers.forEach(name -> everyFieldPresent(schemas.get(name)));
        roleAsNamedEnum(schemas);
        schemas.put(FIELD_PROBLEM, fieldProblem());
        schemas.put(PROBLEM, problem());
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean command = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> Commands.IDEMPOTENCY_KEY.equals(p.getName()));
        boolean open = operation.getSecurity() != null && operation.getSecurity().isEmpty();
        boolean body = operation.getRequestBody() != null;
        boolean addressed = path.contains("{");
        boolean ofCase = path.contains("{caseId}");
        boolean administration = operation.getTags() != null && operation.getTags().contains(ApiDocumentation.ADMINISTRATION);
        boolean read = method == PathItem.HttpMethod.GET;
        boolean queried = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "query".equals(parameter.getIn()));
        boolean gated = GATED_READS.contains(operation.getOperationId())
                || operation.getTags() != null && operation.getTags().contains(ApiDocumentation.REPORTS);
        ApiResponses responses = operation.getResponses();
        responses.forEach((status, response) -> {
            if (response.getContent() != null) {
                response.getContent().keySet().retainAll(Set.of(JSON));
            }
            if (command) {
                response.addHeaderObject(Commands.REPLAYED, new Header()
                        .description("`true` when this is the first answer to the same request, sent again for a "
                                + "repeated `Idempotency-Key`; nothing was written this time")
                        .schema(new StringSchema()._enum(List.of("true"))));
            }
            if (command && status.equals("201")) {
                response.addHeaderObject("Location", new Header().required(true)
                        .description("where the new resource is read").schema(new StringSchema().format("uri-reference")));
            }
        });
        if (body) {
            examples(operation);
        }
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(parameter -> "path".equals(parameter.getIn()))
                    .forEach(ApiContract::describePathParameter);
        }
        Set<HttpStatus> refusals = new LinkedHashSet<>();
        if (body || addressed || command || queried) {
            refusals.add(HttpStatus.BAD_REQUEST);
        }
        if (!open || body) {
            refusals.add(HttpStatus.UNAUTHORIZED);
        }
        if (command || OWNED.contains(operation.getOperationId()) || administration || gated) {
            refusals.add(HttpStatus.FORBIDDEN);
        }
        if (addressed) {
            refusals.add(HttpStatus.NOT_FOUND);
        }
        refusals.add(HttpStatus.NOT_ACCEPTABLE);
        // A case command may break a rule of the case; raising a concern, the rule that the partner has not left;
        // a session command, a rule of the session.
        boolean ofSession = path.startsWith("/api/sessions");
        if ((command && (ofCase || ofSession || path.equals("/api/cases"))) || (administration && !read)) {
            refusals.add(HttpStatus.CONFLICT);
        }
        if (body) {
            refusals.add(HttpStatus.CONTENT_TOO_LARGE);
            refusals.add(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        }
        if (command) {
            refusals.add(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        refusals.add(HttpStatus.INTERNAL_SERVER_ERROR);
        refusals.add(HttpStatus.SERVICE_UNAVAILABLE);
        for (HttpStatus status : refusals) {
            responses.addApiResponse(String.valueOf(status.value()), problemResponse(status));
        }
    }

    /** springdoc writes a sealed request type inline as a oneOf: refer to the named union instead. */
    private static void unionByName(Operation operation, Map<String, Schema> schemas) {
        if (operation.getRequestBody() == null) {
            return;
        }
        MediaType media = operation.getRequestBody().getContent().get(JSON);
        if (media == null || media.getSchema() == null || media.getSchema().getOneOf() == null) {
            return;
        }
        Set<String> refs = refsOf(media.getSchema().getOneOf());
        schemas.entrySet().stream()
                .filter(named -> named.getValue().getOneOf() != null && refsOf(named.getValue().getOneOf()).equals(refs))
                .findFirst()
                .ifPresent(named -> media.setSchema(new Schema<>().$ref(REF + named.getKey())));
    }

    private static Set<String> refsOf(List<Schema> schemas) {
        return schemas.stream().map(Schema::get$ref).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * An id as "the case's id, as in the answer that created it"; a code, a user name or a role as what it is,
     * with an example of its own.
     */
    private static void describePathParameter(Parameter parameter) {
        String name = parameter.getName();
        if (NAMED_IN_PATHS.containsKey(name)) {
            parameter.description(NAMED_IN_PATHS.get(name)).example(ApiExamples.PATH_VALUES.get(name));
            if (name.equals("role")) {
                parameter.schema(new Schema<>().$ref(REF + "Role"));
            }
        } else {
            parameter.description("the " + words(name) + ", as in the answer that created it").example(ApiExamples.ID);
        }
    }

    /** "caseId" as "case's id". */
    private static String words(String name) {
        return name.replaceAll("Id$", "") + "'s id";
    }

    /** The names and versions an administrator gives are checked as texts of limited length; passwords by the policy. */
    private static void administrationRules(Map<String, Schema> schemas) {
        limitedText(schemas.get("RegisterPartnerRequest"), "name", RegisterPartner.MAX_NAME_LENGTH);
        limitedText(schemas.get("AgreeCharterRequest"), "charterVersion", AgreeCharter.MAX_VERSION_LENGTH);
        limitedText(schemas.get("OpenAccountRequest"), "displayName", OpenAccount.MAX_DISPLAY_NAME_LENGTH);
        ((Schema<?>) schemas.get("OpenAccountRequest").getProperties().get("password"))
                .description("the first password: " + PASSWORD_POLICY);
        ((Schema<?>) schemas.get("NewPasswordRequest").getProperties().get("password"))
                .description("the new password: " + PASSWORD_POLICY);
    }

    /**
     * What a statistics answer means, field by field: a shown count is five or more, and a hidden one says why
     * it is hidden instead.
     */
    private static void statisticsRules(Map<String, Schema> schemas) {
        schemas.get("Statistics").description("""
                The round table's statistics for the months `from` to `to`, one table per measure, by month (UTC) \
                and concern category: `concernsRaised` in the month they were raised; `casesOpened`, \
                `concernsReferred` and `concernsDismissed` in the month of the screening; `casesClosed` in the month \
                of each closing (a case closed, reopened and closed again counts each time). Each table is \
                suppressed on its own, so that no count below five is shown or can be worked out from what is \
                shown.""");
        schemas.get("StatisticsTable").description("""
                One measure: a row per month from `from` to `to` (months without events included), each concern \
                category's total over those months (`categoryTotals`, in the order of the categories), and the \
                total of all.""");
        schemas.get("MonthFigures").description(
                "One month of a table: a count per concern category, in the same order in every row, and its total.");
        schemas.get("Figure").description(
                "A total as it may be shown: `value`, or, when it is hidden, `suppression`; exactly one of the two is null.");
        schemas.get("CategoryFigure").description("A concern category's count as it may be shown: `value`, or, when "
                + "it is hidden, `suppression`; exactly one of the two is null.");
        for (String figure : List.of("Figure", "CategoryFigure")) {
            Map<String, Schema> properties = schemas.get(figure).getProperties();
            properties.put("value", AnnotationsUtils.clone(properties.get("value"), false)
                    .minimum(java.math.BigDecimal.valueOf(Suppression.THRESHOLD))
                    .description("the count, five or more; null when it is hidden"));
            properties.put("suppression", AnnotationsUtils.clone(properties.get("suppression"), false)
                    .description("why the count is hidden, null when it is shown: `BELOW_FIVE`, it is below five "
                            + "(zero included; show it as \"<5\"); `COMPLEMENTARY`, it is five or more, hidden so that "
                            + "no count below five can be worked out from the counts and totals shown"));
        }
    }

    private static void limitedText(Schema<?> request, String field, int maxLength) {
        ((Schema<?>) request.getProperties().get(field)).minLength(1).maxLength(maxLength).pattern(ApiDocumentation.NOT_BLANK)
                .description("not blank, at most " + maxLength + " characters");
    }

    private static ApiResponse problemResponse(HttpStatus status) {
        List<String> codes = ProblemType.codesOf(status);
        ApiResponse response = new ApiResponse()
                .description(status.getReasonPhrase() + ": a problem document; `code` is one of " + String.join(", ", codes))
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(REF + PROBLEM))));
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.addHeaderObject("Retry-After", new Header().required(true)
                    .description("seconds to wait before trying again").schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)));
        }
        return response;
    }

    private static void examples(Operation operation) {
        Map<String, String> examples = ApiExamples.BY_OPERATION.get(operation.getOperationId());
        if (examples == null) {
            throw new IllegalStateException("no request example for operation " + operation.getOperationId());
        }
        MediaType media = operation.getRequestBody().getContent().get(JSON);
        examples.forEach((name, json) -> media.addExamples(name, new Example().value(parse(json))));
    }

    private static Object parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a request example is not JSON: " + json, e);
        }
    }

    /**
     * {@code decision} says which of five bodies a screening is; each refuses the others' fields, so a body
     * matches exactly one of them.
     */
    private static void screeningAsUnion(Map<String, Schema> schemas) {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("OPEN_CASE", "OpenCase");
        kinds.put("REFER", "Refer");
        kinds.put("ADVISE_ONLY", "AdviseOnly");
        kinds.put("SIGNPOST", "Signpost");
        kinds.put("DISMISS", "Dismiss");
        union(schemas, "ScreeningRequest", "decision",
                "The chair's screening decision; `decision` says which of the five it is.", kinds);
        ((Schema<?>) schemas.get("OpenCase").getProperties().get("participants"))
                .maxItems(ScreeningDecision.OpenCase.MAX_PARTICIPANTS)
                .description("the partners that take part, at most " + ScreeningDecision.OpenCase.MAX_PARTICIPANTS
                        + " with the lead counted");
        Schema<?> refer = schemas.get("Refer");
        ((Schema<?>) refer.getProperties().get("referredTo")).minLength(1)
                .maxLength(ScreeningDecision.Refer.MAX_SERVICE_LENGTH).pattern(ApiDocumentation.NOT_BLANK);
    }

    /** {@code decision} says whether the owner grants consent or refuses it, with a reason. */
    private static void consentDecisionAsUnion(Map<String, Schema> schemas) {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("GRANTED", "ConsentGrant");
        kinds.put("REFUSED", "ConsentRefusal");
        union(schemas, "ConsentDecisionRequest", "decision",
                "The owner's answer to a request for consent; `decision` says which of the two it is.", kinds);
    }

    /** {@code outcome} says whether the subject was informed (on a day) or not (for a reason). */
    private static void subjectInformingAsUnion(Map<String, Schema> schemas) {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("INFORMED", "Informed");
        kinds.put("NOT_INFORMED", "NotInformed");
        union(schemas, "SubjectInformingRequest", "outcome",
                "Whether the subject was told of the case; `outcome` says which of the two it is.", kinds);
    }

    /**
     * A request that is one of several bodies, told apart by the value of one property (springdoc writes each
     * as an allOf of the parent and its own fields): each body becomes an object of its own with that property
     * as a one-value enum, and the union a oneOf with a discriminator and its mapping.
     */
    private static void union(Map<String, Schema> schemas, String name, String property, String description,
                              Map<String, String> kinds) {
        ComposedSchema union = new ComposedSchema();
        union.description(description);
        Discriminator discriminator = new Discriminator().propertyName(property);
        kinds.forEach((value, kindName) -> {
            Schema<?> generated = schemas.get(kindName);
            ObjectSchema kind = new ObjectSchema();
            kind.description(generated.getDescription());
            kind.addProperty(property, new StringSchema()._enum(List.of(value)));
            List<String> required = new ArrayList<>(List.of(property));
            List<Schema> parts = generated.getAllOf() == null ? List.of(generated) : generated.getAllOf();
            for (Schema<?> own : parts) {
                if (own.get$ref() != null) {
                    continue;
                }
                if (own.getProperties() != null) {
                    own.getProperties().forEach((field, schema) -> {
                        if (!field.equals(property)) {
                            kind.addProperty(field, schema);
                        }
                    });
                }
                if (own.getRequired() != null && own != generated) {
                    own.getRequired().stream().filter(field -> !required.contains(field)).forEach(required::add);
                }
            }
            if (generated.getRequired() != null) {
                generated.getRequired().stream().filter(field -> !required.contains(field)).forEach(required::add);
            }
            kind.required(required);
            schemas.put(kindName, kind);
            union.addOneOfItem(new Schema<>().$ref(REF + kindName));
            discriminator.mapping(value, REF + kindName);
        });
        union.discriminator(discriminator);
        schemas.put(name, union);
    }

    /** The roles as one named enum, wherever one or a list of them appears (generated clients share one type). */
    private static void roleAsNamedEnum(Map<String, Schema> schemas) {
        schemas.put("Role", new StringSchema()._enum(java.util.Arrays.stream(org.roundtable.core.common.Role.values())
                .map(Enum::name).toList()).description("what a person may do at the round table"));
        schemas.values().forEach(schema -> {
            if (schema.getProperties() != null && schema.getProperties().get("roles") instanceof Schema<?> roles
                    && roles.getItems() != null && roles.getItems().getEnum() != null) {
                roles.setItems(new Schema<>().$ref(REF + "Role"));
            }
            if (schema.getProperties() != null && schema.getProperties().get("role") instanceof Schema<?> role
                    && role.getEnum() != null) {
                schema.getProperties().put("role", new Schema<>().$ref(REF + "Role"));
            }
        });
    }

    /** A subject has a given or a family name, and a date of birth or an age band. */
    private static void subjectRules(Schema<?> subject) {
        for (String name : List.of("givenName", "familyName")) {
            ((Schema<?>) subject.getProperties().get(name)).maxLength(SubjectIdentity.MAX_NAME_LENGTH);
        }
        subject.description("Who the concern is about: a given or a family name (or both), and a date of birth "
                + "(not in the future) or an age band (or both). Names are trimmed to at most "
                + SubjectIdentity.MAX_NAME_LENGTH + " characters; a blank name counts as none.");
        subject.allOf(List.of(
                new ComposedSchema().anyOf(List.of(present("givenName"), present("familyName"))),
                new ComposedSchema().anyOf(List.of(given("dateOfBirth"), given("ageBand")))));
    }

    private static Schema<?> present(String name) {
        return new Schema<>().required(List.of(name));
    }

    private static Schema<?> given(String name) {
        return new Schema<>().required(List.of(name));
    }

    /**
     * A view writes every field, null where the field says it may be, and shows values as they were stored:
     * a value recorded before today's rules for it (a partner code of an older form, say) is shown as it is,
     * so the rules of a value typed for a command (patterns, lengths) are not promised in answers.
     */
    private static void everyFieldPresent(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.required(new ArrayList<>(schema.getProperties().keySet()));
        schema.getProperties().replaceAll((name, property) -> asStored(property));
    }

    private static Schema asStored(Schema<?> property) {
        if (property.getItems() != null) {
            Schema<?> copy = AnnotationsUtils.clone(property, false);
            return copy.items(asStored(property.getItems()));
        }
        if (property.getPattern() == null && property.getMinLength() == null && property.getMaxLength() == null) {
            return property;
        }
        Schema<?> copy = AnnotationsUtils.clone(property, false);
        copy.setPattern(null);
        copy.setMinLength(null);
        copy.setMaxLength(null);
        return copy;
    }

    private static void collectRefs(Content content, Map<String, Schema> schemas, Set<String> into) {
        if (content != null) {
            content.values().forEach(media -> collectRefs(media.getSchema(), schemas, into));
        }
    }

    private static void collectRefs(Schema<?> schema, Map<String, Schema> schemas, Set<String> into) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(REF.length());
            if (into.add(name)) {
                collectRefs(schemas.get(name), schemas, into);
            }
            return;
        }
        collectRefs(schema.getItems(), schemas, into);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> collectRefs(property, schemas, into));
        }
        for (List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (parts != null) {
                parts.forEach(part -> collectRefs(part, schemas, into));
            }
        }
    }

    private static Schema<?> fieldProblem() {
        return new ObjectSchema()
                .description("One offending field (a JSON path such as `subject.ageBand`, or a header name) and what is wrong with it.")
                .addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema())
                .required(List.of("field", "message"));
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("An RFC 9457 problem document. `code` names the rule or failure in a stable way; "
                        + "`type` is `urn:roundtable:problem:` followed by the code.")
                .addProperty("type", new StringSchema().format("uri").pattern("^urn:roundtable:problem:[a-z0-9-]+$"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().format("int32").minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", new StringSchema().description("what went wrong, in words"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("the path of the request"))
                .addProperty("code", new StringSchema()._enum(ProblemType.codes()))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(REF + FIELD_PROBLEM))
                        .description("with `invalid-input`: each offending field"))
                .addProperty("incident", new StringSchema().format("uuid")
                        .description("with `internal-error`: the id under which the failure is logged"))
                .required(List.of("type", "title", "status", "code"));
    }
}
