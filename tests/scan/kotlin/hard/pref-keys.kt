object PrefKeys {
    const val USER_NAME = "pref_user_name"
    const val PASSWORD_KEY = "pref_password_hash"
    const val REMEMBER_ME = "pref_remember_me"
}
