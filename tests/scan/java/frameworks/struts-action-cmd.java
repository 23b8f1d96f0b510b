public class ExportAction extends ActionSupport {
    private String format;
    private String reportId;

    public String execute() throws Exception {
        String cmd = "/opt/reports/export.sh " + reportId + " " + format;
        Process p = Runtime.getRuntime().exec(cmd);   // expect: CWE-78
        return p.waitFor() == 0 ? SUCCESS : ERROR;
    }

    public void setFormat(String format) { this.format = format; }
    public void setReportId(String reportId) { this.reportId = reportId; }
}
