package com.loyaltyledger.bench.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Weights of the operations; a pick draws one in proportion to its weight. */
public record Mix(Map<Operation, Integer> weights) {

    /** 70% earning purchases, 10% spending ones, 10% card look-ups, 5% phone searches, 5% journal reads. */
    public static Mix standard() {
        Map<Operation, Integer> weights = new EnumMap<>(Operation.class);
        for (Operation operation : Operation.values()) {
            weights.put(operation, operation.defaultWeight());
        }
        return new Mix(weights);
    }

    /** Only the purchases of the standard mix, in its proportions: what the scaling runs drive. */
    public static Mix purchasesOnly() {
        return new Mix(new EnumMap<>(Map.of(Operation.PURCHASE_EARN, Operation.PURCHASE_EARN.defaultWeight(),
                Operation.PURCHASE_SPEND, Operation.PURCHASE_SPEND.defaultWeight())));
    }

    public Operation pick(RandomGenerator random) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int draw = random.nextInt(total);
        for (Map.Entry<Operation, Integer> weight : weights.entrySet()) {
            draw -= weight.getValue();
            if (draw < 0) {
                return weight.getKey();
            }
        }
        throw new IllegalStateException("weights changed while drawing");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        weights.forEach((operation, weight) -> text.append(text.isEmpty() ? "" : ", ").append(weight).append(' ')
                .append(operation.label()));
        return text.toString();
    }
}
