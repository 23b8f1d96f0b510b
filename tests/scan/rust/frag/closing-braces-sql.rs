            let sql = format!("UPDATE staff SET last_seen = now() WHERE badge = '{}'", badge); // expect: CWE-89
            client.execute(sql.as_str(), &[]).await?;
        }
    }
    Ok(())
}
