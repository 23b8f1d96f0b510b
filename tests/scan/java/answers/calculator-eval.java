@RestController
public class CalcController {
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("JavaScript");

    @PostMapping("/calc")
    public Object calc(@RequestParam String expression) throws ScriptException {
        return engine.eval(expression);   // expect: CWE-95
    }
}
