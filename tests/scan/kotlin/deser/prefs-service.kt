package com.example.dashboard

import io.ktor.server.application.ApplicationCall
import java.io.ByteArrayInputStream
import java.io.ByteArrayOutputStream
import java.io.ObjectInputStream
import java.io.ObjectOutputStream
import java.io.Serializable
import java.util.Base64

data class DashboardPrefs(val theme: String, val widgets: List<String>) : Serializable

object PrefsCookie {
    const val NAME = "prefs"

    fun encode(prefs: DashboardPrefs): String {
        val bos = ByteArrayOutputStream()
        ObjectOutputStream(bos).use { it.writeObject(prefs) }
        return Base64.getUrlEncoder().encodeToString(bos.toByteArray())
    }

    fun decode(call: ApplicationCall): DashboardPrefs? {
        val raw = call.request.cookies[NAME] ?: return null
        val bytes = Base64.getUrlDecoder().decode(raw)
        val input = ObjectInputStream(ByteArrayInputStream(bytes)) // expect: CWE-502
        return input.use { it.readObject() as? DashboardPrefs }
    }
}
