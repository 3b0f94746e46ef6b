package com.loyaltyledger.infra.operations;

import com.loyaltyledger.api.common.ErrorCategory;
import com.loyaltyledger.api.common.ErrorCode;

enum ProcessorError implements ErrorCode {
    NOT_FOUND("processor.not_found", ErrorCategory.NOT_FOUND),
    NOT_REPLAYABLE("processor.not_replayable", ErrorCategory.CONFLICT),
    CLAIMED_ELSEWHERE("processor.claimed_elsewhere", ErrorCategory.CONFLICT),
    NO_DEAD_LETTERS("processor.no_dead_letter_queue", ErrorCategory.CONFLICT),
    DEAD_LETTER_NOT_FOUND("dead_letter.not_found", ErrorCategory.NOT_FOUND);

    private final String code;
    private final ErrorCategory category;

    ProcessorError(String code, ErrorCategory category) {
        this.code = code;
        this.category = category;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
