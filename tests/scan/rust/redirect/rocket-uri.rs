    Ok(Redirect::to(uri!(dashboard))) // ok: CWE-601
