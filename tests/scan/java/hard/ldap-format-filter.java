        String filter = String.format("(&(objectClass=inetOrgPerson)(mail=%s))", email);
        NamingEnumeration<SearchResult> rs = ctx.search("ou=people,dc=acme,dc=com", filter, controls);   // expect: CWE-90
