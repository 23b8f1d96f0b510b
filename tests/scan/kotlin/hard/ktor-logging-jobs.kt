package com.example.jobs

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.post
import org.slf4j.LoggerFactory
import java.util.UUID

private val log = LoggerFactory.getLogger("jobs")

fun Route.jobRoutes(queue: JobQueue) {
    post("/jobs/reindex") {
        val jobId = UUID.randomUUID()
        queue.submit(jobId, ReindexJob())
        log.info("queued reindex job $jobId") // ok: CWE-117
        call.respond(HttpStatusCode.Accepted, mapOf("id" to jobId.toString()))
    }
    post("/jobs/{id}/cancel") {
        val id = call.parameters["id"].orEmpty()
        val ok = queue.cancel(id)
        log.info("cancel requested for job $id, ok=$ok") // expect: CWE-117
        call.respond(if (ok) HttpStatusCode.OK else HttpStatusCode.NotFound)
    }
    post("/jobs/purge") {
        val removed = queue.purgeFinished()
        log.info("purged {} finished jobs", removed) // ok: CWE-117
        call.respond(mapOf("removed" to removed))
    }
}
