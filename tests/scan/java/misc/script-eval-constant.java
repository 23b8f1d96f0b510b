        ScriptEngine engine = new ScriptEngineManager().getEngineByName("nashorn");
        engine.put("x", input);
        Object result = engine.eval("x * 2 + 1");   // ok: CWE-95
