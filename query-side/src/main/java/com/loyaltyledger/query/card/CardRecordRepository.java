package com.loyaltyledger.query.card;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CardRecordRepository extends JpaRepository<CardRecord, String>, JpaSpecificationExecutor<CardRecord> {

    Optional<CardRecord> findByNumber(String number);
}
