        String safe = LdapEncoder.filterEncode(uid);
        NamingEnumeration<?> answer = context.search(baseDn, "(uid=" + safe + ")", controls);   // ok: CWE-90
