package com.example.notes.ui

import android.content.Intent
import android.net.Uri
import android.os.Bundle
import android.webkit.WebView
import androidx.appcompat.app.AppCompatActivity
import java.io.File
import kotlin.random.Random

class ShareReceiverActivity : AppCompatActivity() {

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val web = WebView(this)
        setContentView(web)

        val title = intent.getStringExtra(Intent.EXTRA_SUBJECT).orEmpty()
        val text = intent.getStringExtra(Intent.EXTRA_TEXT).orEmpty()
        web.loadDataWithBaseURL(null, "<h1>$title</h1><pre>$text</pre>", "text/html", "utf-8", null) // expect: CWE-79

        val stream = intent.getParcelableExtra<Uri>(Intent.EXTRA_STREAM)
        val name = stream?.lastPathSegment ?: "shared-${Random.nextInt(1000)}" // expect: CWE-330
        val copy = File(filesDir, name) // expect: CWE-22
        stream?.let { uri -> contentResolver.openInputStream(uri)?.use { input -> copy.outputStream().use { input.copyTo(it) } } }
    }
}
