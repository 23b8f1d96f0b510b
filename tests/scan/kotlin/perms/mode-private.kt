val prefs = context.getSharedPreferences("session", Context.MODE_PRIVATE) // ok: CWE-732
