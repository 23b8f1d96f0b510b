package com.example.db

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource
import org.jetbrains.exposed.sql.Database

object Db {
    fun connect(): Database {
        val cfg = HikariConfig().apply {
            jdbcUrl = "jdbc:postgresql://db.prod.internal:5432/orders"
            driverClassName = "org.postgresql.Driver"
            username = "app"
            password = "Xy7-pQ2-zR9" // expect: CWE-798
            maximumPoolSize = 10
            isAutoCommit = false
            transactionIsolation = "TRANSACTION_REPEATABLE_READ"
            validate()
        }
        return Database.connect(HikariDataSource(cfg))
    }
}
