val prefs = context.getSharedPreferences("session", Context.MODE_WORLD_READABLE) // expect: CWE-732
