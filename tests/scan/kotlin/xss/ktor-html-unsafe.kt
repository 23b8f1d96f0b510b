import io.ktor.server.html.*
import kotlinx.html.*

fun Route.commentPage() {
    get("/books/comment") {
        val comment = call.request.queryParameters["comment"].orEmpty()
        call.respondHtml {
            body {
                h1 { +"Your comment" }
                div { unsafe { +comment } } // expect: CWE-79
            }
        }
    }
}
