package com.loyaltyledger.api.common;

/**
 * A command that carries the id that makes it idempotent (a transaction, receipt, refund or transfer id): sent
 * again, it answers as the first time and changes nothing more. Such a command may be sent again when its first
 * attempt's outcome is unknown, e.g. when the instance handling it died before answering.
 */
public interface Idempotent {
}
