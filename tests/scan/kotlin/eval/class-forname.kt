fun handler(name: String): Handler =
    Class.forName(name).getDeclaredConstructor().newInstance() as Handler // expect: CWE-470
