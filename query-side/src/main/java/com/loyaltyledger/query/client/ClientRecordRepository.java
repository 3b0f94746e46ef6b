package com.loyaltyledger.query.client;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClientRecordRepository extends JpaRepository<ClientRecord, String>, JpaSpecificationExecutor<ClientRecord> {

    /** Every client below the given one, at any depth. */
    @Query(value = """
            with recursive subtree(id) as (
                select id from client_view where parent_id = :rootId
                union all
                select c.id from client_view c join subtree s on c.parent_id = s.id
            )
            select id from subtree
            """, nativeQuery = true)
    List<String> findDescendantIds(@Param("rootId") String rootId);

    @Modifying
    @Query(value = "delete from client_view_phone", nativeQuery = true)
    void deleteAllPhones();

    @Modifying
    @Query(value = "delete from client_view_tag", nativeQuery = true)
    void deleteAllTags();

    @Modifying
    @Query(value = "delete from client_view_special_date", nativeQuery = true)
    void deleteAllSpecialDates();

    @Modifying
    @Query(value = "delete from client_view_attribute", nativeQuery = true)
    void deleteAllAttributes();

    @Modifying
    @Query(value = "delete from client_view", nativeQuery = true)
    void deleteAllClients();
}
