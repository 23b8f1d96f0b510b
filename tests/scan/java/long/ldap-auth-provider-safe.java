package com.corp.auth;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.*;

public class LdapAuthProvider {
    private final String url;
    private final String base;

    public LdapAuthProvider(String url, String base) {
        this.url = url;
        this.base = base;
    }

    public boolean login(String username, String password) {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, url);
        try {
            DirContext ctx = new InitialDirContext(env);
            SearchControls sc = new SearchControls();
            sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
            NamingEnumeration<SearchResult> r =
                    ctx.search(base, "(sAMAccountName={0})", new Object[] {username}, sc);   // ok: CWE-90
            if (!r.hasMore()) {
                return false;
            }
            String dn = r.next().getNameInNamespace();
            env.put(Context.SECURITY_PRINCIPAL, dn);
            env.put(Context.SECURITY_CREDENTIALS, password);
            new InitialDirContext(env).close();
            return true;
        } catch (NamingException e) {
            return false;
        }
    }
}
