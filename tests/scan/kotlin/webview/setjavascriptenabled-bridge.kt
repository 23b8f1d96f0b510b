    webView.settings.setJavaScriptEnabled(true)
    webView.addJavascriptInterface(WalletBridge(wallet), "wallet") // expect: CWE-749
    webView.loadUrl(intent.getStringExtra("url")!!)
