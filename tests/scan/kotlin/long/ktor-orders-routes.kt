package com.example.orders

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.route
import javax.sql.DataSource

fun Route.orderRoutes(ds: DataSource) {
    route("/orders") {
        get("/{ref}") {
            val ref = call.parameters["ref"]!!
            ds.connection.use { conn ->
                conn.prepareStatement("SELECT ref, status, total FROM orders WHERE ref = ?").use { ps -> // ok: CWE-89
                    ps.setString(1, ref)
                    val rs = ps.executeQuery()
                    if (!rs.next()) return@get call.respond(HttpStatusCode.NotFound)
                    call.respond(mapOf("ref" to rs.getString(1), "status" to rs.getString(2), "total" to rs.getLong(3)))
                }
            }
        }
        get {
            val status = call.request.queryParameters["status"] ?: "open"
            val sort = call.request.queryParameters["sort"] ?: "created_at"
            ds.connection.use { conn ->
                val rs = conn.createStatement().executeQuery(
                    "SELECT ref, status FROM orders WHERE status = '$status' ORDER BY $sort" // expect: CWE-89
                )
                val out = mutableListOf<Map<String, String>>()
                while (rs.next()) out += mapOf("ref" to rs.getString(1), "status" to rs.getString(2))
                call.respond(out)
            }
        }
    }
}
