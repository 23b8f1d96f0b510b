using System;
using System.Linq;
using System.Security.Cryptography;
using System.Windows.Forms;

namespace PassGen
{
    public partial class MainForm : Form
    {
        private const string Chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%";

        public MainForm()
        {
            InitializeComponent();
        }

        private void btnGenerate_Click(object sender, EventArgs e)
        {
            int length = (int)numLength.Value;
            string password = new string(Enumerable.Range(0, length)
                .Select(_ => Chars[RandomNumberGenerator.GetInt32(Chars.Length)])   // ok: CWE-338
                .ToArray());
            txtPassword.Text = password;
            Clipboard.SetText(password);
        }
    }
}
