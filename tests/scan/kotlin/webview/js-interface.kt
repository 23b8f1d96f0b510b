package com.example.browser

import android.annotation.SuppressLint
import android.os.Bundle
import android.webkit.JavascriptInterface
import android.webkit.WebView
import android.webkit.WebViewClient
import androidx.appcompat.app.AppCompatActivity

class BrowserActivity : AppCompatActivity() {

    inner class Bridge {
        @JavascriptInterface
        fun token(): String = SessionStore.authToken(this@BrowserActivity)
    }

    @SuppressLint("SetJavaScriptEnabled")
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val web = WebView(this)
        setContentView(web)
        web.settings.javaScriptEnabled = true
        web.webViewClient = WebViewClient()
        web.addJavascriptInterface(Bridge(), "Native") // expect: CWE-749
        val url = intent.data?.toString() ?: "https://app.example.com/"
        web.loadUrl(url)
    }
}
