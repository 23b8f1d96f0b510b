using System;
using System.Data.OleDb;
using System.Windows.Forms;

namespace Inventory.Desktop
{
    public partial class LoginForm : Form
    {
        private readonly OleDbConnection _conn;

        public LoginForm(OleDbConnection conn)
        {
            InitializeComponent();
            _conn = conn;
        }

        private void btnLogin_Click(object sender, EventArgs e)
        {
            var cmd = new OleDbCommand("SELECT COUNT(*) FROM Users WHERE UserName='" + txtUser.Text +   // expect: CWE-89
                "' AND Password='" + txtPassword.Text + "'", _conn);
            _conn.Open();
            int found = (int)cmd.ExecuteScalar();
            _conn.Close();
            if (found == 1)
            {
                DialogResult = DialogResult.OK;
                Close();
            }
            else
            {
                MessageBox.Show("Invalid user name or password.");
            }
        }
    }
}
