fun fetchAvatar(avatarUrl: String): ByteArray? {
    val req = Request.Builder().url(avatarUrl).build() // expect: CWE-918
    return okHttp.newCall(req).execute().body?.bytes()
}
