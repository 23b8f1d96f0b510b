get("/customers/search") {
    val email = call.request.queryParameters["email"]
    val rs = conn.createStatement().executeQuery("SELECT * FROM customers WHERE email = '$email'") // expect: CWE-89
    call.respond(rs.toCustomer())
}
