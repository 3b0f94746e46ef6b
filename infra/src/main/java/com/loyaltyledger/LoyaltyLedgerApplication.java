package com.loyaltyledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

@SpringBootApplication
@EntityScan("com.loyaltyledger.query")
@EnableJpaRepositories("com.loyaltyledger.query")
public class LoyaltyLedgerApplication {

    public static void main(String[] args) {
        // Axon's update checker would call out to AxonIQ at every start; a ledger has no business doing that.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(LoyaltyLedgerApplication.class, args);
    }
}
