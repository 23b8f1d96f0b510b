        call.respondText("<p>Order " + call.parameters["ref"] + " not found</p>", ContentType.Text.Html) // expect: CWE-79
