        ScriptEngine engine = new ScriptEngineManager().getEngineByName("nashorn");
        Object result = engine.eval(request.getParameter("formula"));   // expect: CWE-95
