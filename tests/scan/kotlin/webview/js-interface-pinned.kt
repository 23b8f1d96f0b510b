package com.example.browser

import android.os.Bundle
import android.webkit.WebView
import android.webkit.WebViewClient
import androidx.appcompat.app.AppCompatActivity

class BrowserActivity : AppCompatActivity() {

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val web = WebView(this)
        setContentView(web)
        web.settings.javaScriptEnabled = false
        web.webViewClient = WebViewClient()
        // no bridge: the page only shows our own static help
        web.loadUrl("https://app.example.com/help") // ok: CWE-749
    }
}
