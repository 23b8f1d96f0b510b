    let page = "<div class=\"note\">" + note.body + "</div>" // expect: CWE-79
    noteView.loadHTMLString(page, baseURL: Bundle.main.bundleURL)
