fun contactsNamed(resolver: ContentResolver, name: String): Cursor? =
    resolver.query(
        ContactsContract.Contacts.CONTENT_URI, null,
        "${ContactsContract.Contacts.DISPLAY_NAME} = ?", arrayOf(name), null // ok: CWE-89
    )
