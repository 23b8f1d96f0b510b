        private void lnkHelp_LinkClicked(object sender, LinkLabelLinkClickedEventArgs e)
        {
            Process.Start(new ProcessStartInfo { FileName = HelpUrl, UseShellExecute = true });   // ok: CWE-78
        }
