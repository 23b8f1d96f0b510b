using System.DirectoryServices;
using System.Text;

namespace Intranet.Auth
{
    public class AdLookup
    {
        private readonly DirectoryEntry _root;

        public AdLookup(DirectoryEntry root) => _root = root;

        public string? FindEmail(string samAccountName)
        {
            using var searcher = new DirectorySearcher(_root);
            searcher.Filter = "(&(objectClass=user)(sAMAccountName=" + LdapEscape(samAccountName) + "))";   // ok: CWE-90
            searcher.PropertiesToLoad.Add("mail");
            var result = searcher.FindOne();
            return result?.Properties["mail"]?[0] as string;
        }

        private static string LdapEscape(string s)
        {
            var sb = new StringBuilder();
            foreach (var c in s)
                sb.Append(c is '\\' or '*' or '(' or ')' or '\0' ? $"\\{(int)c:x2}" : c.ToString());
            return sb.ToString();
        }
    }
}
