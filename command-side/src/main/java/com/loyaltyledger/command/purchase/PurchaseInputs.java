package com.loyaltyledger.command.purchase;

import com.loyaltyledger.api.common.CommonError;
import com.loyaltyledger.api.common.DomainException;
import com.loyaltyledger.api.common.FieldError;
import com.loyaltyledger.api.purchase.ProcessPurchaseCommand;
import com.loyaltyledger.api.purchase.PurchaseLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What a receipt from a till must look like; every broken rule is reported at once, naming its field. */
final class PurchaseInputs {

    static final int MAX_LINES = 1_000;
    private static final int MAX_TEXT = 200;
    private static final Pattern ID = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    private PurchaseInputs() {
    }

    static void check(ProcessPurchaseCommand command, int currencyScale) {
        List<FieldError> errors = new ArrayList<>();
        id(errors, "storeCode", command.storeCode());
        id(errors, "receiptId", command.receiptId());
        text(errors, "cashier", command.cashier());
        if ((command.cardNumber() == null) == (command.clientId() == null)) {
            errors.add(new FieldError("cardNumber", "give either cardNumber or clientId"));
        }
        List<PurchaseLine> lines = command.lines();
        if (lines == null || lines.isEmpty()) {
            errors.add(new FieldError("lines", "a receipt has at least one line"));
        } else if (lines.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "a receipt has at most " + MAX_LINES + " lines"));
        } else {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < lines.size(); i++) {
                PurchaseLine line = lines.get(i);
                String at = "lines[" + i + "]";
                if (line == null) {
                    errors.add(new FieldError(at, "a line is an object"));
                    continue;
                }
                text(errors, at + ".itemCode", line.itemCode());
                text(errors, at + ".name", line.name());
                text(errors, at + ".itemGroup", line.itemGroup());
                amount(errors, at + ".quantity", line.quantity(), 3, true);
                amount(errors, at + ".price", line.price(), currencyScale, false);
                amount(errors, at + ".amount", line.amount(), currencyScale, true);
                if (line.amount() != null) {
                    sum = sum.add(line.amount());
                }
            }
            amount(errors, "total", command.total(), currencyScale, true);
            if (errors.isEmpty() && command.total().compareTo(sum) != 0) {
                errors.add(new FieldError("total", "total " + command.total().toPlainString()
                        + " is not the sum of the lines' amounts, " + sum.toPlainString()));
            }
        }
        if (command.bonusToSpend() != null) {
            amount(errors, "bonusToSpend", command.bonusToSpend(), currencyScale, false);
        }
        if (!errors.isEmpty()) {
            throw new DomainException(CommonError.VALIDATION_FAILED, errors.getFirst().field() + ": "
                    + errors.getFirst().message(), errors, Map.of());
        }
    }

    static void id(List<FieldError> errors, String field, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            errors.add(new FieldError(field, field + " is 1-64 letters, digits or . _ -"));
        }
    }

    private static void text(List<FieldError> errors, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            errors.add(new FieldError(field, field + " is longer than " + MAX_TEXT + " characters"));
        }
    }

    /** Not negative (or positive when {@code required}), at most {@code scale} decimals, of a sane size. */
    private static void amount(List<FieldError> errors, String field, BigDecimal value, int scale,
                               boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, field + " is required"));
            }
            return;
        }
        if (value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0 || value.stripTrailingZeros().scale() > scale) {
            errors.add(new FieldError(field, field + " must be from 0 to " + MAX_AMOUNT.toPlainString()
                    + " with at most " + scale + " decimals"));
        }
    }
}
