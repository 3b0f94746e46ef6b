package com.loyaltyledger.query.history;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HistoryEntryRepository extends JpaRepository<HistoryEntryRecord, Long>,
        JpaSpecificationExecutor<HistoryEntryRecord> {

    Page<HistoryEntryRecord> findByEntityTypeAndEntityId(String entityType, String entityId, Pageable pageable);

    @Modifying
    @Query(value = "delete from history_change", nativeQuery = true)
    void deleteAllChanges();

    @Modifying
    @Query(value = "delete from history_entry", nativeQuery = true)
    void deleteAllEntries();

    @Modifying
    @Query(value = """
            update history_change set old_value = :replacement, new_value = :replacement
            where field in (:fields)
              and entry_id in (select id from history_entry where entity_type = :entityType and entity_id = :entityId)
            """, nativeQuery = true)
    int replaceValues(@Param("entityType") String entityType, @Param("entityId") String entityId,
                      @Param("fields") Collection<String> fields, @Param("replacement") String replacement);
}
