package com.loyaltyledger.query.category;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRecordRepository extends JpaRepository<CategoryRecord, String> {

    List<CategoryRecord> findAllByOrderByNameAscIdAsc();

    List<CategoryRecord> findByShownInListsTrueOrderByNameAscIdAsc();
}
