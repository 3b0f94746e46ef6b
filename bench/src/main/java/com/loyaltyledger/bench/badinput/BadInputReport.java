package com.loyaltyledger.bench.badinput;

import com.loyaltyledger.bench.Machine;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The bad-input drill's outcome as Markdown: what was sent, how it was answered, and what changed (nothing). */
final class BadInputReport {

    private static final int FAILURES_SHOWN = 50;

    private final BadInputDrill.Result result;

    BadInputReport(BadInputDrill.Result result) {
        this.result = result;
    }

    String render(Instant startedAt, Map<String, String> database) {
        StringBuilder text = new StringBuilder();
        text.append(Machine.heading("Bad-input drill", startedAt, database));
        text.append("## Outcome\n\n");
        List<String> failures = result.failures();
        text.append(String.format("- %,d bad requests to %d endpoints (every write and read), %d at a time, seed %d, "
                        + "in %.1f s%n",
                result.requests(), result.endpoints(), result.concurrency(), result.seed(),
                result.took().toMillis() / 1000.0));
        text.append(String.format("- refused with a 4xx problem and a code: %,d; answered otherwise: %d%n",
                result.requests() - failures.size(), failures.size()));
        text.append("- endpoints the application serves that the drill does not cover: ")
                .append(result.uncovered() == null ? "not checked (the application does not show its mappings)"
                        : result.uncovered().isEmpty() ? "none" : result.uncovered())
                .append('\n');
        text.append("- tables changed by the bad requests: ")
                .append(result.changed().isEmpty() ? "none" : result.changed()).append(String.format(
                        " (%d tables compared; event store before and after: %s)%n", result.before().size(),
                        result.after().get("domain_event_entry")));
        text.append(String.format("- ledger check clean before: %s, after: %s%n", result.cleanBefore(),
                result.cleanAfter()));
        AcceptedInput.Outcome accepted = result.accepted();
        AcceptedInput.Settled settled = result.settled();
        text.append(String.format("- accepted odd-but-valid input: %d requests, %d not accepted; concurrent creates "
                        + "of one name: %d won, %d refused with 409%n", accepted.sent(), accepted.failures().size(),
                accepted.uniqueWon(), accepted.uniqueRefused()));
        text.append(String.format("- after it: every processor at the head (%d): %s; dead letters: %d; ledger check "
                        + "clean: %s%n", settled.head(), settled.stuck().isEmpty() ? "yes" : settled.stuck(),
                settled.deadLetters(), settled.clean()));
        text.append("- **").append(result.passed() ? "passed" : "FAILED").append("**\n\n");
        if (!accepted.failures().isEmpty()) {
            text.append("## Accepted input that was refused\n\n");
            accepted.failures().forEach(failure -> text.append("- ").append(failure).append('\n'));
            text.append('\n');
        }
        if (!failures.isEmpty()) {
            text.append("## Wrong answers");
            text.append(failures.size() > FAILURES_SHOWN ? " (first " + FAILURES_SHOWN + ")" : "").append("\n\n");
            failures.stream().limit(FAILURES_SHOWN).forEach(failure -> text.append("- ").append(failure)
                    .append('\n'));
            text.append('\n');
        }
        table(text, "Requests by endpoint", "endpoint", result.tally().byEndpoint());
        table(text, "Requests by what was wrong", "what was wrong", result.tally().byKind());
        table(text, "Answers by status", "status", result.tally().byStatus());
        table(text, "Answers by problem code", "code", result.tally().byCode());
        text.append("## Wrong-state requests and how they were refused\n\n| endpoint: state | answers |\n|---|---|\n");
        result.tally().wrongStateAnswers().forEach((state, answers) -> text.append("| ").append(state)
                .append(" | ").append(String.join(", ", answers)).append(" |\n"));
        text.append('\n');
        return text.toString();
    }

    private static void table(StringBuilder text, String title, String column, Map<String, AtomicInteger> counts) {
        text.append("## ").append(title).append("\n\n| ").append(column).append(" | requests |\n|---|---:|\n");
        counts.forEach((key, count) -> text.append("| ").append(key.replace("|", "\\|")).append(" | ")
                .append(count.get()).append(" |\n"));
        text.append('\n');
    }
}
