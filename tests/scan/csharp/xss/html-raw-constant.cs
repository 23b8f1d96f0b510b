        var footer = Html.Raw("<hr/><small>&copy; Example Ltd</small>");   // ok: CWE-79
