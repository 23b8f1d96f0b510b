    if jar.get("role").map(|c| c.value() == "admin").unwrap_or(false) { // expect: CWE-807
        return Ok(Json(all_orders(&db).await?));
    }
