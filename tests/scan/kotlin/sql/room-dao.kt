package com.example.data

import androidx.room.Dao
import androidx.room.Insert
import androidx.room.Query
import androidx.room.RawQuery
import androidx.sqlite.db.SimpleSQLiteQuery
import androidx.sqlite.db.SupportSQLiteQuery

@Dao
interface OrderDao {
    @Query("SELECT * FROM orders WHERE ref = :ref")
    suspend fun byRef(ref: String): Order?

    @Query("SELECT * FROM orders WHERE status = :status ORDER BY created_at DESC LIMIT :limit")
    suspend fun recent(status: String, limit: Int): List<Order>

    @Insert
    suspend fun insert(order: Order)

    @RawQuery
    suspend fun raw(query: SupportSQLiteQuery): List<Order>
}

class OrderRepository(private val dao: OrderDao) {
    suspend fun search(column: String, value: String): List<Order> {
        val q = SimpleSQLiteQuery("SELECT * FROM orders WHERE $column LIKE '%$value%'") // expect: CWE-89
        return dao.raw(q)
    }
}
