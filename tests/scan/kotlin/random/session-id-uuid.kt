import java.util.UUID

object SessionIds {
    fun newSessionId(): String {
        return UUID.randomUUID().toString()
    }
}
