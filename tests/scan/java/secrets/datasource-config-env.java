package com.example.config;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

@Configuration
public class DataSourceConfig {

    @Bean
    public DataSource dataSource(@Value("${db.password}") String dbPassword) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:postgresql://db.internal:5432/orders");
        cfg.setUsername("orders_app");
        cfg.setPassword(dbPassword);   // ok: CWE-798
        cfg.setMaximumPoolSize(20);
        return new HikariDataSource(cfg);
    }
}
