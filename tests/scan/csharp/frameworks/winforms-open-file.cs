        private void btnOpen_Click(object sender, EventArgs e)
        {
            using var dlg = new OpenFileDialog { Filter = "Text files|*.txt" };
            if (dlg.ShowDialog() != DialogResult.OK) return;
            txtContent.Text = File.ReadAllText(dlg.FileName);   // ok: CWE-22
        }
