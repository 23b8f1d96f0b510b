        var bio = Html.Raw(Model.Biography);   // expect: CWE-79
