get("/tickets/search") {
    val ticketNo = call.request.queryParameters["ticket_no"].orEmpty()
    val json = dataSource.connection.use { conn ->
        conn.createStatement().use { stmt ->
            stmt.executeQuery("SELECT * FROM tickets WHERE ticket_no = " + ticketNo).use { rs -> // expect: CWE-89
                if (rs.next()) rs.toJson() else null
            }
        }
    }
    call.respondText(json ?: "{}", ContentType.Application.Json)
}
