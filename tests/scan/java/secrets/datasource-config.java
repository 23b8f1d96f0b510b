package com.example.config;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

@Configuration
public class DataSourceConfig {

    @Bean
    public DataSource dataSource() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:postgresql://db.internal:5432/orders");
        cfg.setUsername("orders_app");
        cfg.setPassword("Tr0ub4dor&3x");   // expect: CWE-798
        cfg.setMaximumPoolSize(20);
        return new HikariDataSource(cfg);
    }
}
