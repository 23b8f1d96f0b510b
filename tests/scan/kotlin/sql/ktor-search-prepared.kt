get("/customers/search") {
    val ps = conn.prepareStatement("SELECT * FROM customers WHERE email = ?") // ok: CWE-89
    ps.setString(1, call.request.queryParameters["email"])
    val rs = ps.executeQuery()
    call.respond(rs.toCustomer())
}
