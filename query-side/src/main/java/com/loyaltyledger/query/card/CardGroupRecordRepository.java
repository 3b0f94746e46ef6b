package com.loyaltyledger.query.card;

import org.springframework.data.jpa.repository.JpaRepository;

interface CardGroupRecordRepository extends JpaRepository<CardGroupRecord, String> {
}
