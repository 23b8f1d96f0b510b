fun contactsNamed(resolver: ContentResolver, name: String): Cursor? =
    resolver.query(
        ContactsContract.Contacts.CONTENT_URI, null,
        "${ContactsContract.Contacts.DISPLAY_NAME} = '$name'", null, null // expect: CWE-89
    )
