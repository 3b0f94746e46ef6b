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

    @Modifying
    @Query(value = """
            update history_change set old_value = case when old_value is null then null else :replacement end,
                   new_value = case when new_value is null then null else :replacement end
            where field in (:fields)
              and entry_id in (select id from history_entry
                               where (entity_type = 'CARD' and entity_id in
                                          (select id from card_view where owner_id = :clientId))
                                  or (entity_type = 'ACCOUNT' and entity_id in (""" + OWNED_ACCOUNTS + """
                                     )))
            """, nativeQuery = true)
    int replaceValuesOfOwned(@Param("clientId") String clientId, @Param("fields") Collection<String> fields,
                             @Param("replacement") String replacement);

    /** The accounts of the client {@code :clientId}: its own and its cards'. */
    String OWNED_ACCOUNTS = """
            select account_id from account_view where (owner_type = 'CLIENT' and owner_id = :clientId)
                or (owner_type = 'CARD' and owner_id in (select id from card_view where owner_id = :clientId))""";
}
