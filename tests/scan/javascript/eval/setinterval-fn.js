setInterval(() => refresh(widgetId), 5000); // ok: CWE-95
