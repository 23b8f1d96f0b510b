    HttpResponse::Found()
        .append_header((header::LOCATION, "/dashboard")) // ok: CWE-601
        .finish()
