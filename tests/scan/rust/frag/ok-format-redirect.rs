    Redirect::to(&format!("/orders/{}", order.id)) // ok: CWE-601
