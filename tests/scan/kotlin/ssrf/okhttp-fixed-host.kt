fun fetchAvatar(userId: Long): ByteArray? {
    val req = Request.Builder().url("https://avatars.example.com/u/$userId.png").build() // ok: CWE-918
    return okHttp.newCall(req).execute().body?.bytes()
}
