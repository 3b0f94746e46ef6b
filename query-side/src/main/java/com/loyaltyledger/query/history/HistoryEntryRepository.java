package com.loyaltyledger.query.history;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface HistoryEntryRepository extends JpaRepository<HistoryEntryRecord, Long>,
        JpaSpecificationExecutor<HistoryEntryRecord> {

    boolean existsByPositionAndEntityTypeAndEntityId(long position, String entityType, String entityId);

    Page<HistoryEntryRecord> findByEntityTypeAndEntityId(String entityType, String entityId, Pageable pageable);
}
