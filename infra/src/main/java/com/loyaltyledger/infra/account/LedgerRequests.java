package com.loyaltyledger.infra.account;

import com.loyaltyledger.api.account.PostingContext;
import com.loyaltyledger.api.common.Channel;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.infra.web.JsonFields;
import com.loyaltyledger.infra.web.RequestMetadata;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reading the parts every ledger request shares: amounts as decimal strings ({@code "10.50"}; a JSON number is
 * refused, since binary floating point cannot hold money), the transaction id from the {@code Idempotency-Key}
 * header or the body, and the posting's source.
 */
final class LedgerRequests {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The same rule the command side holds; checked here too so that a refusal names the header or the field. */
    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

    private LedgerRequests() {
    }

    /** A required decimal. */
    static BigDecimal amount(JsonNode value, String field) {
        BigDecimal amount = optionalAmount(value, field);
        if (amount == null) {
            throw DomainException.invalidField(field, field + " is required");
        }
        return amount;
    }

    static BigDecimal optionalAmount(JsonNode value, String field) {
        return JsonFields.decimal(value, field, false);
    }

    /**
     * The transaction id: the header and the body's {@code transactionId} may both be given only when they agree.
     * A posting must have one: a request without a key could not be told from its own retry.
     */
    static String transactionId(String header, String body) {
        String key = optionalTransactionId(header, body);
        if (key == null) {
            throw DomainException.invalidField(IDEMPOTENCY_KEY,
                    "an Idempotency-Key header (or a transactionId in the body) is required");
        }
        return key;
    }

    static String optionalTransactionId(String header, String body) {
        String fromHeader = header == null || header.isBlank() ? null : header.strip();
        String fromBody = body == null || body.isBlank() ? null : body.strip();
        if (fromHeader != null && fromBody != null && !fromHeader.equals(fromBody)) {
            throw DomainException.invalidField(IDEMPOTENCY_KEY,
                    "the Idempotency-Key header and the body's transactionId differ");
        }
        if (fromHeader != null && !KEY.matcher(fromHeader).matches()) {
            throw DomainException.invalidField(IDEMPOTENCY_KEY, "the Idempotency-Key must be 1-64 letters, digits, "
                    + "'.', '_' or '-'");
        }
        return fromHeader != null ? fromHeader : fromBody;
    }

    /** Where the posting came from: as the body says, else the request's channel. */
    static PostingContext context(String reason, Channel source, String storeCode, RequestMetadata request) {
        if (source == Channel.SYSTEM) {
            throw DomainException.invalidField("source", "source must be one of API, BACK_OFFICE, POS, IMPORT");
        }
        return new PostingContext(reason, source == null ? request.channel() : source, storeCode);
    }
}
