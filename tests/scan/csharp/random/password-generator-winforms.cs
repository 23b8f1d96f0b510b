using System;
using System.Linq;
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
            var random = new Random(Environment.TickCount);   // expect: CWE-338
            int length = (int)numLength.Value;
            string password = new string(Enumerable.Range(0, length)
                .Select(_ => Chars[random.Next(Chars.Length)])
                .ToArray());
            txtPassword.Text = password;
            Clipboard.SetText(password);
        }
    }
}
