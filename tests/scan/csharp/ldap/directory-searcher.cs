using System.DirectoryServices;

namespace Intranet.Auth
{
    public class AdLookup
    {
        private readonly DirectoryEntry _root;

        public AdLookup(DirectoryEntry root) => _root = root;

        public string? FindEmail(string samAccountName)
        {
            using var searcher = new DirectorySearcher(_root);
            searcher.Filter = "(&(objectClass=user)(sAMAccountName=" + samAccountName + "))";   // expect: CWE-90
            searcher.PropertiesToLoad.Add("mail");
            var result = searcher.FindOne();
            return result?.Properties["mail"]?[0] as string;
        }
    }
}
