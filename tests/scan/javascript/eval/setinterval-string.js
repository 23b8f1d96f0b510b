setInterval('refresh(' + widgetId + ')', 5000); // expect: CWE-95
